// Package clean removes boilerplate from scraped news text: advertisement
// markers, share and subscribe prompts, related-story lists, comment forms,
// cookie notices, legal footers, menus, captions, bylines, dates and
// repeated titles. It only removes whole lines, or whole promotional
// sentences inside a line, and says why for each one.
//
//	c, _ := clean.New(clean.Options{})
//	fmt.Print(c.Text(scraped).Text)
//
// Lines are judged by three kinds of evidence: a data file of multilingual
// phrases and patterns (rules/boilerplate.txt, extended with ParseRules),
// the structure of the text (the jusText classification: length, stopword
// density, sentence punctuation, and the verdicts of neighbouring blocks),
// and, given a Model, the corpus: lines that many documents repeat.
package clean
