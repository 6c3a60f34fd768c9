import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction

from .choices import IndicatorKind
from .models import Framework, Goal, Indicator, SubGoal, Target

DEFAULT_FRAMEWORK = Path(__file__).parent / "data" / "movisie.json"


@transaction.atomic
def load_framework(data: dict, *, make_default: bool = False) -> Framework:
    """Create or replace a framework from its JSON description (see data/movisie.json).

    Every indicator is validated (its measure must exist) before anything is kept.
    """
    names = {key: data[key] for key in ("name_nl", "name_en")}
    framework, _created = Framework.objects.update_or_create(
        slug=data["slug"],
        defaults={**names, "organisation": data.get("organisation", ""), "source": data.get("source", "")},
    )
    framework.goals.all().delete()
    for g_order, goal_data in enumerate(data["goals"], 1):
        goal = Goal.objects.create(
            framework=framework, order=g_order, name_nl=goal_data["name_nl"], name_en=goal_data["name_en"]
        )
        for s_order, sub_data in enumerate(goal_data["sub_goals"], 1):
            sub_goal = SubGoal.objects.create(
                goal=goal,
                order=s_order,
                name_nl=sub_data["name_nl"],
                name_en=sub_data["name_en"],
                description_nl=sub_data.get("description_nl", ""),
                description_en=sub_data.get("description_en", ""),
            )
            for i_order, ind in enumerate(sub_data["indicators"], 1):
                indicator = Indicator(
                    sub_goal=sub_goal,
                    order=i_order,
                    name_nl=ind["name_nl"],
                    name_en=ind["name_en"],
                    kind=ind.get("kind", IndicatorKind.MEASURE),
                    measure=ind.get("measure", ""),
                    parameter=ind.get("parameter", ""),
                )
                try:
                    indicator.full_clean()
                except ValidationError as exc:
                    raise ValidationError(f"{ind['name_en']}: {exc.messages}") from exc
                indicator.save()
                for year, value in ind.get("targets", {}).items():
                    Target.objects.create(indicator=indicator, year=int(year), value=value)
    if make_default:
        Framework.objects.exclude(pk=framework.pk).update(is_default=False)
        framework.is_default = True
        framework.save(update_fields=["is_default"])
    return framework


def load_default_framework() -> Framework:
    return load_framework(json.loads(DEFAULT_FRAMEWORK.read_text(encoding="utf-8")), make_default=True)
