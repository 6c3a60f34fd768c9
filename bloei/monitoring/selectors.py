from django.db.models import Prefetch

from . import measures
from .models import Framework, Indicator, SubGoal


def framework(slug: str | None) -> Framework | None:
    """The framework asked for, else the default one."""
    frameworks = Framework.objects.all()
    return (frameworks.filter(slug=slug).first() if slug else None) or frameworks.filter(is_default=True).first()


def framework_for_page(slug: str | None) -> Framework | None:
    """The framework asked for, else the default one, with its goals, sub-goals, indicators and targets
    (five queries)."""
    found = framework(slug)
    if found is None:
        return None
    indicators = Indicator.objects.prefetch_related("targets")
    sub_goals = SubGoal.objects.prefetch_related(Prefetch("indicators", queryset=indicators))
    found.goal_list = list(found.goals.prefetch_related(Prefetch("sub_goals", queryset=sub_goals)))
    return found


def measure_catalogue() -> list[measures.Measure]:
    return list(measures.REGISTRY.values())
