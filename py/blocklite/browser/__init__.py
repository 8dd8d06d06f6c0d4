"""Worker-side glue, used only inside the browser runtime (Pyodide)."""
