from django.core.management.base import BaseCommand

from bloei.demo.logins import demo_logins


class Command(BaseCommand):
    help = "Print one demo login per role and the shared demo password."

    def handle(self, *args, **options):
        logins = demo_logins()
        if not logins:
            self.stdout.write("No demo accounts found: run `manage.py demo_city` first.")
            return
        self.stdout.write("Demo logins (one per role):")
        for login in logins:
            team = f" ({login.team})" if login.team else ""
            self.stdout.write(f"  {login.role_label:<16} {login.username:<12} {login.full_name}{team}")
        self.stdout.write(f"Password for every demo account: {login.password}")
