from django.contrib.auth.forms import AuthenticationForm

from bloei.core.forms import StyledFormMixin


class LoginForm(StyledFormMixin, AuthenticationForm):
    pass
