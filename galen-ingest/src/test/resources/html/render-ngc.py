#!/usr/bin/env python3
"""Renders an NGC guideline summary (Markdown, public domain) into a guideline web page with the
chrome real sites have (header, nav, aside, footer, script), to test main-content extraction.
Usage: render-ngc.py ngc-10442.md > ngc-10442.html"""
import html, re, sys

src = open(sys.argv[1], encoding="utf-8").read()
fm, body = re.match(r"---\n(.*?)\n---\n(.*)", src, re.S).groups()
body = re.sub(r"(</table>)(#{1,6} )", r"\1\n\2", body)
title = re.search(r'title: "(.*)"', fm).group(1)
ngc_id = re.search(r"id: (\d+)", fm).group(1)

def inline(s):
    s = re.sub(r"\[\s*([^\]]*?)\s*\]\(([^ )]*)[^)]*\)", r'<a href="\2">\1</a>', s)
    return re.sub(r"\*\*\s*(.*?)\s*\*\*", r"<strong>\1</strong>", s)

out, lst, para, in_html = [], None, [], False
def close():
    global lst, para
    if para: out.append("<p>" + inline(" ".join(para)) + "</p>"); para = []
    if lst: out.append("</%s>" % lst); lst = None
for line in body.split("\n"):
    s = line.strip()
    if in_html or s.startswith("<"):
        close(); out.append(line)
        in_html = ("<table" in s or in_html) and "</table>" not in s
        continue
    m = re.match(r"(#{1,6})\s+(.*)", s)
    if m:
        close(); n = min(len(m.group(1)) + 1, 6); out.append("<h%d>%s</h%d>" % (n, inline(m.group(2).strip()), n)); continue
    m = re.match(r"([*-]|\d+\.)\s+(.*)", s)
    if m:
        if para: close()
        kind = "ol" if m.group(1)[0].isdigit() else "ul"
        if lst != kind: close(); out.append("<%s>" % kind); lst = kind
        out.append("<li>" + inline(m.group(2)) + "</li>"); continue
    if not s: close(); continue
    if lst: close()
    para.append(s)
close()

print(f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(title)} | National Guideline Clearinghouse</title>
<link rel="canonical" href="https://www.guideline.gov/summaries/summary/ngc-{ngc_id}">
<meta name="DC.publisher" content="Agency for Healthcare Research and Quality (AHRQ)">
<meta name="DC.date" content="2014-04-26">
<style>body {{ font-family: sans-serif; }} h1 {{ font-size: 22pt; }}</style>
<script>window.dataLayer = window.dataLayer || []; function track() {{}}</script>
</head>
<body>
<header><a href="/">National Guideline Clearinghouse</a>
<nav><ul><li><a href="/browse">Browse guidelines</a></li><li><a href="/compare">Compare guidelines</a></li><li><a href="/help">Help &amp; About</a></li></ul></nav>
</header>
<main>
<article>
<h1>{html.escape(title)}</h1>
{chr(10).join(out)}
</article>
<aside><h2>Related summaries</h2><ul><li><a href="/summaries/related">More guidelines by this developer</a></li></ul></aside>
</main>
<footer><p>Site footer: contact us, privacy policy, accessibility, viewers and players.</p></footer>
<script>track();</script>
</body>
</html>""")
