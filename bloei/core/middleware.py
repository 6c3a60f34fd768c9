class DutchFirstMiddleware:
    """Bloei speaks Dutch unless the user chose English with the language switch.

    The browser's Accept-Language is ignored: many Dutch professionals run an English
    browser, and the organisation's working language is Dutch. The choice made with the
    switch (the language cookie) still wins, through LocaleMiddleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.META.pop("HTTP_ACCEPT_LANGUAGE", None)
        return self.get_response(request)
