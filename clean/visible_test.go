package clean

import "testing"

func TestVisibleText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"inline joined", "<p>one <b>two</b> <i>three</i></p>", "one two three"},
		{"blocks split", "<div>a</div><div>b</div><h2>c</h2>", "a\nb\nc"},
		{"br", "<p>a<br>b<br/>c</p>", "a\nb\nc"},
		{"list and table", "<ul><li>x</li><li>y</li></ul><table><tr><td>1</td><td>2</td></tr></table>", "x\ny\n1\n2"},
		{"skipped", "<head><title>T</title><style>p{}</style></head><script>s()</script><noscript>n</noscript><template>t</template><p>k</p>", "k"},
		{"no head end tag", "<html><head><meta charset=utf-8><body><p>text</p>", "text"},
		{"hidden", `<div hidden>h</div><div style="display: none">n</div><div aria-hidden="true">a</div><p>v</p>`, "v"},
		{"nested hidden", `<div hidden><div>x</div>y</div><p>z</p>`, "z"},
		{"whitespace collapsed", "<p>  a \n\t b&nbsp;c </p>", "a b c"},
		{"entities", "<p>Tom &amp; Jerry &#8217;s</p>", "Tom & Jerry ’s"},
		{"pre keeps lines", "<pre>a\n  b</pre>", "a\nb"},
		{"invalid utf8", "<p>a\xffb</p>", "a\uFFFDb"},
		{"soft hyphens and bidi marks", "<p>Mit&shy;tel\u00adal\u200eter</p>", "Mittelalter"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := VisibleText([]byte(tt.in)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
