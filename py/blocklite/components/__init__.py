"""Components, one module per family; registry.py lists them all (docs/adding-a-component.md).

- base.py: `Component` (value, label, pre/postprocess) and the shared constructor keywords
- registry.py: every public block (components and layouts): where it lives, its config type,
  its Interface shortcuts
- text.py (Textbox, Markdown), number.py (Number, Slider), button.py (Button, ClearButton),
  choice.py (Checkbox, CheckboxGroup, Radio, Dropdown), pickers.py (ColorPicker, DateTime),
  display.py (HTML, JSON, Label, HighlightedText, Code), timer.py (Timer),
  browser_state.py (BrowserState)
- chat.py (Chatbot), with chat_format.py (a message: ChatMessage, the messages-format rules) and
  chat_content.py (one content item: text, file, component)
"""
