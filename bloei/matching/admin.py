"""Sign-ups, matches and follow-ups are casework on residents: they are kept through the application's own
pages (with scoping, status rules and the audit trail), not in the Django admin, which is the beheerder's place
for reference data only. Nothing of this app is registered here on purpose."""
