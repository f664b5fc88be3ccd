package clean_test

import (
	"fmt"
	"strings"

	"github.com/winnow-text/winnow/clean"
)

const article = `ADVERTISEMENT

Council approves new budget for city schools

The city council on Tuesday approved a budget that raises spending on public schools by four percent, after a debate that lasted well into the evening.

Share this article

Supporters said the money would pay for smaller classes and repairs to ageing buildings, while critics warned that it leaves little room for other services.
`

func Example() {
	c, _ := clean.New(clean.Options{})
	fmt.Print(c.Text(article).Text)
	// Output:
	// Council approves new budget for city schools
	//
	// The city council on Tuesday approved a budget that raises spending on public schools by four percent, after a debate that lasted well into the evening.
	//
	// Supporters said the money would pay for smaller classes and repairs to ageing buildings, while critics warned that it leaves little room for other services.
}

func ExampleCleaner_Text_explain() {
	c, _ := clean.New(clean.Options{})
	for _, r := range c.Text(article).Removed {
		fmt.Printf("line %d: %s (%s)\n", r.Line, r.Text, r.Category)
	}
	// Output:
	// line 1: ADVERTISEMENT (ad)
	// line 7: Share this article (share)
}

func ExampleParseRules() {
	rules, err := clean.ParseRules(strings.NewReader("[promo]\nprefix join the club\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	c, _ := clean.New(clean.Options{Rules: rules})
	res := c.Text(article + "\nJoin the club for weekly updates\n")
	fmt.Println(res.Removed[len(res.Removed)-1].Rule)
	// Output: prefix "join the club" (rules:2)
}

func ExampleOptions_keep() {
	c, _ := clean.New(clean.Options{Keep: []clean.Category{clean.Ad}})
	fmt.Println(strings.HasPrefix(c.Text(article).Text, "ADVERTISEMENT"))
	// Output: true
}

func ExampleModel() {
	m := clean.NewModel()
	footer := "Sign-up offers and reader services are listed at the bottom of every page."
	for i := 0; i < 5; i++ {
		m.Observe(fmt.Sprintf("Story number %d about the harbour works.\n%s\n", i, footer))
	}
	fmt.Println(m.Count(footer), m.Docs())
	// Output: 5 5
}

func ExampleVisibleText() {
	page := `<html><head><title>t</title><script>var x;</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<p>First <b>bold</b> paragraph.</p><ul><li>one</li><li>two</li></ul></body></html>`
	fmt.Println(clean.VisibleText([]byte(page)))
	// Output:
	// Home News
	// First bold paragraph.
	// one
	// two
}
