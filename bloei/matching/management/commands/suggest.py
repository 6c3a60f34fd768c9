"""Print the ranked suggestions for a request, offer, resident, opening or place as JSON, as a user sees them.

    manage.py suggest --user USERNAME (--signup UUID | --resident UUID | --opening UUID | --place UUID)
                      [--limit N] [--kind KIND] [--language nl|en]

The list is scoped to the user: the same as GET /matches/suggesties.json for that user. Read-only.
"""

import json

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.http import Http404
from django.utils import translation

from bloei.core import access
from bloei.matching.choices import MatchKind
from bloei.matching.forms import SUGGESTION_LIMIT_MAX, SUGGESTION_SOURCES, SuggestionQueryForm
from bloei.matching.suggestion_selectors import suggestions_json_list


class Command(BaseCommand):
    help = "Print the ranked suggestions for a sign-up, resident, opening or place as a JSON list, scoped to a user."

    def add_arguments(self, parser):
        parser.add_argument("--user", required=True, help="username whose scope the suggestions are computed in")
        sources = parser.add_mutually_exclusive_group(required=True)
        for name in SUGGESTION_SOURCES:
            sources.add_argument(f"--{name}", metavar="UUID", help=f"suggestions for this {name}")
        parser.add_argument("--limit", type=int, default=10, help=f"how many (1-{SUGGESTION_LIMIT_MAX}, default 10)")
        parser.add_argument("--kind", choices=MatchKind.values, help="only this kind of match")
        parser.add_argument(
            "--language",
            choices=[code for code, _name in settings.LANGUAGES],
            default=settings.LANGUAGE_CODE,
            help="language of the reasons (default %(default)s)",
        )

    def handle(self, *args, **options):
        with translation.override(options["language"]):
            self.stdout.write(json.dumps(self._suggestions(options), ensure_ascii=False, indent=2))

    def _suggestions(self, options) -> list[dict]:
        try:
            user = get_user_model().objects.get(username=options["user"], is_active=True)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No active user {options['user']!r}.") from None
        if not access.can(user, "matches.view"):
            raise CommandError(f"User {user.username!r} may not see matches.")
        data = {name: options[name] for name in SUGGESTION_SOURCES if options.get(name)}
        data.update(limit=options["limit"], kind=options.get("kind") or "")
        form = SuggestionQueryForm(data)
        if not form.is_valid():
            problems = "; ".join(f"{name}: {' '.join(errors)}" for name, errors in form.error_dict().items())
            raise CommandError(problems)
        try:
            return suggestions_json_list(user, form.cleaned_data)
        except Http404:
            raise CommandError(f"Not found for user {user.username!r}.") from None
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
