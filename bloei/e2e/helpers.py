"""Shared bits of the browser tests: axe-core, layout checks, a phone's browser context."""

from pathlib import Path

from django.conf import settings

AXE = Path(settings.BASE_DIR) / "bloei" / "static" / "vendor" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# A phone-sized browser (about an iPhone 12-15): use with @pytest.mark.browser_context_args(**PHONE).
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 3}


def serious_violations(page) -> list[dict]:
    """axe-core's WCAG 2.0/2.1 A and AA violations of impact serious or critical on the page as it is now."""
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')),
            }));
        }""",
        WCAG_TAGS,
    )
    return [v for v in violations if v["impact"] in ("serious", "critical")]


def scrolls_sideways(page) -> bool:
    """True when the page is wider than the window, so the reader would have to scroll horizontally.

    A phone browser (is_mobile) zooms out to fit a page that is too wide, which widens window.innerWidth
    too; so the window must also still be as wide as the viewport the test asked for.
    """
    width = page.viewport_size["width"]
    return page.evaluate(
        "(width) => document.documentElement.scrollWidth > window.innerWidth || window.innerWidth > width", width
    )
