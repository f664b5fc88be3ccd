package clean

import (
	"strings"
	"testing"
)

// scrollPage is a page that loads the next story below the first, as
// endless scrolling does: two <article> elements, each with its own h1,
// the second with more text.
func scrollPage(next string) string {
	first := `<article class="story"><h1>Blessing of vehicles on Saturday</h1><div class="text">` +
		`<p>Drivers of every kind of vehicle are invited to the yearly blessing that the friars give tomorrow on the avenue.</p>` +
		`<p>It is the twentieth time the friars hold the event, and they hand out stickers and a card with ten rules of careful driving.</p></div></article>`
	var b strings.Builder
	for i := range 12 {
		b.WriteString(`<p>The attorney general spoke at length about cooperation between the two countries against organised crime, paragraph `)
		b.WriteString(string(rune('a' + i)))
		b.WriteString(`, and about the cases that prosecutors are still working on together.</p>`)
	}
	return `<html><head><title>Blessing of vehicles on Saturday | Daily</title></head><body><main>` +
		first + strings.Replace(next, "BODY", b.String(), 1) + `</main></body></html>`
}

func TestHeadlineArticle(t *testing.T) {
	tests := []struct {
		name, next string
		wantFirst  bool // the first story only; else readability's choice, the longer text

	}{
		{"next story under its own h1", `<article class="story"><h1>Attorney general praises cooperation</h1><div class="text">BODY</div></article>`, true},
		// Pages that use <article> for any box give the boxes no h1:
		// readability's choice among them stands.
		{"a box without an h1", `<article class="box"><h2>Steps</h2><div class="text">BODY</div></article>`, false},
		{"text outside any article", `<div class="more"><div class="text">BODY</div></div>`, false},
	}
	c := c0(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := c.HTML([]byte(scrollPage(tt.next)), "")
			if err != nil {
				t.Fatal(err)
			}
			hasFirst := strings.Contains(p.Text, "Drivers of every kind")
			hasNext := strings.Contains(p.Text, "The attorney general spoke")
			if tt.wantFirst && (!hasFirst || hasNext) {
				t.Errorf("first story kept %v, next story kept %v; want the first only\n%s", hasFirst, hasNext, p.Text)
			}
			if !tt.wantFirst && !hasNext {
				t.Errorf("lost readability's choice\n%s", p.Text)
			}
		})
	}
}
