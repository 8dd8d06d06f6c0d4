/**
 * The names of the standard HTML, SVG and MathML elements, lower-cased.
 *
 * Why it exists: a chat message with `allow_tags=True` shows tags that are not markup (e.g. an LLM's
 * `<thinking>`) as text, so it must tell markup from the rest. Asking the browser
 * (`createElement(name) instanceof HTMLUnknownElement`) gets SVG and MathML wrong (in the HTML
 * namespace `svg`, `path` and `math` are unknown elements), which turned inline SVG into text. A
 * fixed list is exact, and the same in every browser and under Node.
 */

const HTML =
  "a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col " +
  "colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 " +
  "h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta " +
  "meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script search " +
  "section select slot small source span strong style sub summary sup table tbody td template textarea tfoot th " +
  "thead time title tr track u ul var video wbr " +
  // obsolete but still parsed as elements
  "acronym big center font frame frameset marquee nobr noembed noframes plaintext rb rtc strike tt xmp";

const SVG =
  "svg a animate animatemotion animatetransform circle clippath defs desc ellipse feblend fecolormatrix " +
  "fecomponenttransfer fecomposite feconvolvematrix fediffuselighting fedisplacementmap fedistantlight fedropshadow " +
  "feflood fefunca fefuncb fefuncg fefuncr fegaussianblur feimage femerge femergenode femorphology feoffset " +
  "fepointlight fespecularlighting fespotlight fetile feturbulence filter foreignobject g image line lineargradient " +
  "marker mask metadata mpath path pattern polygon polyline radialgradient rect set stop switch symbol text textpath " +
  "tspan use view";

const MATHML =
  "math annotation annotation-xml maction menclose merror mfenced mfrac mi mmultiscripts mn mo mover mpadded " +
  "mphantom mprescripts mroot mrow ms mspace msqrt mstyle msub msubsup msup mtable mtd mtext mtr munder munderover " +
  "none semantics";

const TAGS: ReadonlySet<string> = new Set(`${HTML} ${SVG} ${MATHML}`.split(" "));

/** Whether `name` names a standard HTML, SVG or MathML element (any case). */
export function isMarkupTag(name: string): boolean {
  return TAGS.has(name.toLowerCase());
}
