"""Accessibility probes shared by the a11y browser tests: Chromium's own accessible names (through
the DevTools protocol, not a re-implementation), duplicate ids, and the focus ring's computed style.
"""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Page

#: What must carry a name: native controls and every element that takes focus or acts as a control.
CONTROLS = (
    "input:not([type=hidden]), select, textarea, button, summary, [role=slider], [role=combobox], "
    "[role=tab], [role=tabpanel], [role=button], [role=radiogroup], [role=group], "
    '[tabindex]:not([tabindex="-1"])'
)

_MARK = """(selector) => {
  let n = 0;
  for (const el of document.querySelectorAll('.blocklite-app :is(' + selector + ')')) {
    el.removeAttribute('data-a11y-probe');
    // Only what is rendered now; an opacity-0 helper (the native date picker) is aria-hidden too.
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    el.setAttribute('data-a11y-probe', String(n++));
  }
  return n;
}"""

_DESCRIBE = """() => [...document.querySelectorAll('[data-a11y-probe]')].map(el => {
  const probe = el.getAttribute('data-a11y-probe');
  el.removeAttribute('data-a11y-probe');
  return [probe, el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' ' + (el.className || '')];
})"""


def accessible_names(page: Page) -> list[tuple[str, str, str]]:
    """(element description, Chromium's role, Chromium's accessible name) for every visible control."""
    page.evaluate(_MARK, CONTROLS)
    cdp = page.context.new_cdp_session(page)
    try:
        root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        ids = cdp.send("DOM.querySelectorAll", {"nodeId": root, "selector": "[data-a11y-probe]"})
        found: dict[str, tuple[str, str]] = {}
        for node_id in ids["nodeIds"]:
            attrs = cdp.send("DOM.getAttributes", {"nodeId": node_id})["attributes"]
            probe = dict(zip(attrs[::2], attrs[1::2]))["data-a11y-probe"]
            ax = cdp.send(
                "Accessibility.getPartialAXTree", {"nodeId": node_id, "fetchRelatives": False}
            )
            node: dict[str, Any] = ax["nodes"][0]
            role = "ignored" if node.get("ignored") else node.get("role", {}).get("value", "")
            found[probe] = (role, str(node.get("name", {}).get("value", "")).strip())
    finally:
        cdp.detach()
    described = page.evaluate(_DESCRIBE)
    return [(desc, *found[probe]) for probe, desc in described]


def unnamed_controls(page: Page) -> list[str]:
    """Visible controls with no accessible name, or hidden from assistive technology."""
    return [
        f"{desc} (role {role!r})"
        for desc, role, name in accessible_names(page)
        if name == "" or role in ("ignored", "none", "generic")
    ]


def duplicate_ids(page: Page) -> list[str]:
    return page.evaluate(
        """() => {
          const seen = new Map();
          for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) || 0) + 1);
          return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
        }"""
    )


def focus_ring(page: Page) -> dict[str, Any]:
    """The focused element and its focus indicator's computed outline (a combobox's is on its field),
    with the app's `--bl-focus` colour resolved the same way for comparison."""
    return page.evaluate(
        """() => {
          const el = document.activeElement;
          const field = el.classList.contains('blocklite-dropdown-input') ? el.closest('.blocklite-dropdown-field') : null;
          // Themes animate buttons (button_transition "all 0.2s"): read the ring where it ends.
          for (const animation of (field || el).getAnimations()) animation.finish();
          const ring = getComputedStyle(field || el);
          const probe = document.createElement('span');
          probe.style.color = 'var(--bl-focus)';
          el.closest('.blocklite-app').append(probe);
          const focusColor = getComputedStyle(probe).color;
          probe.remove();
          return {
            tag: el.tagName.toLowerCase(), focusVisible: el.matches(':focus-visible'),
            style: ring.outlineStyle, width: parseFloat(ring.outlineWidth), color: ring.outlineColor, focusColor,
          };
        }"""
    )


def assert_focus_ring(page: Page) -> None:
    """The focused control shows a solid outline at least 2px wide in the theme's focus colour."""
    ring = focus_ring(page)
    assert ring["focusVisible"], ring
    assert ring["style"] not in ("none", "hidden") and ring["width"] >= 2, ring
    assert ring["color"] == ring["focusColor"], ring
