"""Files an app receives and shows: FileData on the wire, the per-app cache, and what may be served.

In the browser every byte of a file lives in the worker's in-memory filesystem; the page reaches
it only through the app's routes (`POST /gradio_api/upload`, `GET /gradio_api/file=...`). These
modules decide which paths a route may touch; components call them from pre/postprocess.
"""
