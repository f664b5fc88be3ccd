package clean

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

const footer = "Reader services, corrections and complaints are handled by the desk listed below."

func siteDocs(n int) []string {
	var docs []string
	for i := 0; i < n; i++ {
		docs = append(docs, fmt.Sprintf("Story %d: the harbour board met on day %d to discuss dredging of the outer channel, which silted up after the floods of last winter and now limits the size of ships.\n\n%s\n", i, i, footer))
	}
	return docs
}

func TestModelTemplate(t *testing.T) {
	m := NewModel()
	docs := siteDocs(5)
	for _, d := range docs {
		m.Observe(d)
	}
	if m.Docs() != 5 || m.Count(footer) != 5 || m.Count("never seen line of text") != 0 {
		t.Fatalf("docs %d, count %d", m.Docs(), m.Count(footer))
	}
	c, err := New(Options{Model: m})
	if err != nil {
		t.Fatal(err)
	}
	res := c.Text(docs[0])
	if strings.Contains(res.Text, footer) || !strings.Contains(res.Text, "Story 0") {
		t.Fatalf("got %q", res.Text)
	}
	if res.Removed[0].Category != Template {
		t.Fatalf("removed %+v", res.Removed)
	}
	// Without the model the footer reads as prose and stays.
	if !strings.Contains(c0(t).Text(docs[0]).Text, footer) {
		t.Fatal("footer removed without a model")
	}
}

// TestModelLongTemplate checks that a template line longer than rules
// look at, such as a legal notice, is learnt and removed like a short one.
func TestModelLongTemplate(t *testing.T) {
	notice := "Nothing on these pages may be published, broadcast, rewritten or redistributed in whole or in part without the express written permission of the publisher, " +
		"and every reproduction, storage in a retrieval system or transmission in any form or by any means is prohibited except as permitted by the terms of use of this site and its partners."
	if len(notice) <= maxPhraseLine {
		t.Fatalf("notice of %d bytes is not long", len(notice))
	}
	m := NewModel()
	var docs []string
	for i := range 5 {
		story := fmt.Sprintf("Story %d: the harbour board met on day %d to discuss dredging of the outer channel, which silted up after the floods of winter %d.\n\n"+
			"Work on berth %d is due to begin in the spring and to last about %d months, the board said, and ships of up to %d metres will then call again.\n\n"+
			"Fishermen said on day %d that the works came %d years too late for the %d boats that moved to other ports in the meantime.\n\n", i, i, 2000+i, i, 6+i, 200+i, i, 3+i, 40+i)
		docs = append(docs, story+"  "+notice+" \n")
		m.Observe(docs[i])
	}
	if got := m.Count(notice); got != 5 {
		t.Fatalf("Count(notice) = %d, want 5", got)
	}
	c, err := New(Options{Model: m})
	if err != nil {
		t.Fatal(err)
	}
	res := c.Text(docs[0])
	if strings.Contains(res.Text, "express written permission") || !strings.Contains(res.Text, "Story 0") {
		t.Fatalf("got %q", res.Text)
	}
	if len(res.Removed) != 1 || res.Removed[0].Category != Template {
		t.Fatalf("removed %+v", res.Removed)
	}
}

func TestModelSparesRepeatedStory(t *testing.T) {
	// A wire story many documents carry is not template: it is the article.
	story := "The harbour board met on Monday to discuss dredging of the outer channel, which silted up after the floods of last winter and now limits the size of ships.\n\nWork is due to begin in the spring and to last for about six months, the board said in a statement."
	m := NewModel()
	for i := 0; i < 5; i++ {
		m.Observe(story)
	}
	c, _ := New(Options{Model: m})
	if got := c.Text(story).Text; got != story {
		t.Fatalf("got %q", got)
	}
	// Copies that outlets retyped (curly apostrophes, capitals, spacing)
	// are still the same story, all of whose paragraphs stay.
	long := strings.Repeat("The board’s engineers said the channel had lost two metres of depth since the floods, and that dredging it would take most of the coming year. ", 3)
	wire := story + "\n\n" + long
	m = NewModel()
	for i := range 5 {
		copied := wire
		switch i % 3 {
		case 1:
			copied = strings.ReplaceAll(copied, "’", "'")
		case 2:
			copied = strings.ToUpper(copied[:1]) + strings.ReplaceAll(copied[1:], "engineers said", "Engineers  said")
		}
		m.Observe(copied)
	}
	c, _ = New(Options{Model: m})
	if got := c.Text(wire).Text; got != wire {
		t.Fatalf("retyped copies: got %q", got)
	}
}

// TestModelSparesTitle checks that a headline the site's other pages list
// in their sidebars stays on the page it is the title of.
func TestModelSparesTitle(t *testing.T) {
	title := "Harbour board approves dredging of the outer channel"
	m := NewModel()
	for i := 0; i < 5; i++ {
		m.Observe(fmt.Sprintf("Another story number %d about the weather\n\nMost read\n%s\n", i, title))
	}
	c, _ := New(Options{Model: m})
	page := title + "\n\n" + body
	if got := c.Text(page).Text; !strings.HasPrefix(got, title) {
		t.Fatalf("title lost: %q", got)
	}
	// In another page's sidebar it is template.
	side := body + title + "\n"
	if got := c.Text(side).Text; strings.Contains(got, title) {
		t.Fatalf("sidebar headline kept: %q", got)
	}
}

func TestModelRoundTrip(t *testing.T) {
	m := NewModel()
	for _, d := range siteDocs(4) {
		m.Observe(d)
	}
	var buf bytes.Buffer
	n, err := m.WriteTo(&buf)
	if err != nil || n != int64(buf.Len()) {
		t.Fatalf("WriteTo = %d, %v (buffer %d)", n, err, buf.Len())
	}
	m2, err := ReadModel(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if m2.Docs() != 4 || m2.Count(footer) != 4 {
		t.Fatalf("docs %d count %d", m2.Docs(), m2.Count(footer))
	}
}

func TestReadModelErrors(t *testing.T) {
	if _, err := ReadModel(strings.NewReader("hello")); !errors.Is(err, ErrNotModel) {
		t.Fatalf("err = %v", err)
	}
	if _, err := ReadModel(strings.NewReader(modelMagic + "\x09")); err == nil || !strings.Contains(err.Error(), "version 9") {
		t.Fatalf("err = %v", err)
	}
	if _, err := ReadModel(strings.NewReader(modelMagic + "\x01\x02\x05")); err == nil {
		t.Fatal("truncated model accepted")
	}
}

// FuzzModelObserve checks that every line a document is observed with is
// counted under the key Count looks it up by.
func FuzzModelObserve(f *testing.F) {
	f.Add("Sign up for our newsletter today\nShare this article on Facebook\n» Read more (12) ...\n")
	f.Add("ÉDITION ABONNÉS — Lire la suite\n\u00a0\u00a0Subscribe   NOW!!\n")
	f.Fuzz(func(t *testing.T, text string) {
		m := NewModel()
		m.Observe(text)
		forEachLine(text, func(_ int, ln string) {
			if _, ok := modelKey(ln); ok && m.Count(ln) != 1 {
				t.Fatalf("line %q observed, counted %d times", ln, m.Count(ln))
			}
		})
	})
}
