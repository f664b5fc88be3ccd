package clean

import (
	"fmt"
	"strings"
	"testing"
)

// story is one article paragraph, hard-wrapped at 72 columns by hardWrap.
const story = "The city council voted on Tuesday to expand the tram line to the airport, " +
	"ending a debate that has run for more than a decade. Share prices of the two " +
	"construction firms bidding for the work rose sharply after the vote, and the " +
	"mayor said the first trains could run within four years if the financing holds. " +
	"Copyright holders of the original route maps will be paid from the same budget, " +
	"the council added, and residents can comment on the plans until the end of May."

func TestWrapWidth(t *testing.T) {
	wrapped := hardWrap(story, 72)
	tests := []struct {
		name string
		text string
		want int
	}{
		{"hard-wrapped at 72", "Local news\n" + wrapped + "\nMore stories", 72},
		{"one paragraph per line", "Local news\n" + story + "\n" + story, 0},
		{"short lines only", "Home\nNews\nSport\nWeather\nContact us", 0},
		{"a URL longer than the width", wrapped + "\nhttps://example.com/" + strings.Repeat("x", 120), 72},
		{"paragraphs that happen to end near one length", crowded, 0},
		// A list of stories: many headlines shorter than the width
		// between the wrapped summaries.
		{"headlines between wrapped summaries", headlinesAndSummaries(72), 72},
		// All a brief shows may be one paragraph of three lines; its
		// first two break a sentence.
		{"a short wrapped brief", "Recap from the developer conference\n" + hardWrap(brief, 72), 72},
		{"two long sentences, one per line", "The council approved the plan for the tram line on Monday evening.\n" +
			"Construction of the northern section is due to begin next spring.\nMore stories", 0},
		{"truncated teasers are not wrapped", strings.Repeat("A teaser line that a scraper cut short at a fixed width of fifty...\n", 8), 0},
		// Thai sets spaces between phrases, not words, so its lines of a
		// like length do not show a wrap: each may be a sentence.
		{"Thai lines", hardWrap(strings.Repeat("สภากรุงเทพมหานครอนุมัติโครงการ สร้างห้องสมุดแห่งใหม่ เมื่อวันจันทร์ที่ผ่านมา ", 6), 50), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.text)
			defer d.release()
			alive := make([]int, len(d.lines))
			for i := range alive {
				alive[i] = i
			}
			if got := wrapWidth(d, alive); got != tt.want && !(tt.want > 0 && got >= tt.want-2 && got <= tt.want) {
				t.Errorf("wrapWidth = %d, want %d", got, tt.want)
			}
		})
	}
}

// crowded is one paragraph per line, where the longest lines end within a
// few columns of each other, yet each next line's first word would have
// fitted on the line before: no scraper wrapped them.
var crowded = strings.Join([]string{
	"The council published its plan for the tram line on Monday, after a debate that has run for more than a decade in the city and in all of its suburbs.",
	"It said the line would reach the airport by the end of the decade, and that the first trams would run on the northern section within two years.",
	"The plan also sets out how the cost would be shared between the city, the region and the national government over the next ten or so years.",
	"A vote on the plan is due in the spring, and the council expects the regional assembly to approve its own share of the money before then.",
	"It is the third plan for the line since the first was put forward.",
}, "\n")

// wrappedStory is one paragraph hard-wrapped at 74 columns, with lines
// that start like a read-more link, a copyright notice and an ad marker.
var wrappedStory = strings.Join([]string{
	"The city council voted on Tuesday to expand the tram line to the airport,",
	"ending a debate that has run for more than a decade. Critics who came to",
	"Read more than a few pages of the plan say that the cost of the delay is",
	"Copyright fees for the original route maps came to millions, and new",
	"Advertisement boards along the new line will bring back only part of it.",
	"Construction starts in the spring, and the first trams should run in 2029.",
}, "\n")

// A hard-wrapped paragraph is judged whole: its lines that start like
// boilerplate are not rules' matches on their own.
// TestWrappedBriefKept: a brief of one wrapped paragraph, among a blog's
// menus and comment form, stays whole on every pass.
func TestWrappedBriefKept(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	para := hardWrap(brief, 72)
	in := "Search\nMain menu\nHome\nRecap from the developer conference\nPosted on July 28, 2012 by Rob\n" + para +
		"\nLeave a Reply\nYour email address will not be published. Required fields are marked *\nName *\nEmail *\n"
	if got := c.Text(in).Text; !strings.Contains(got, para) {
		t.Errorf("Text kept\n%s\nwant the brief\n%s", got, para)
	}
}

// TestStampOverWrappedText: a date line as long as the wrapped lines is
// a stamp over the paragraph under it, not its first line.
func TestStampOverWrappedText(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	stamp := "posted August 9th, 2012 1:00 PM EDT by Jared Nelson in News, Upcoming Games"
	in := "Studio submits its first game to Apple\n" + stamp + "\n" + hardWrap(story, len(stamp)) + "\nTweet\n"
	res := c.Text(in)
	if !strings.Contains(res.Text, hardWrap(story, len(stamp))) {
		t.Errorf("the text under the stamp is lost:\n%s", res.Text)
	}
	if strings.Contains(res.Text, stamp) {
		t.Errorf("the stamp is kept:\n%s", res.Text)
	}
}

// TestWrappedRuleOutgrown: a rule that matches the first line of a
// wrapped paragraph ("Filed under: …") does not take the paragraph when,
// on one line, it would run longer than such a rule looks at; a notice
// that a rule for lines of any length matches still goes.
func TestWrappedRuleOutgrown(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	para := hardWrap("Filed under: Latest News "+story, 72)
	notice := hardWrap(browserNotice, 72)
	in := "Peugeot and Citroen suspend electric car production\n" + para + "\n" + hardWrap(story, 72) + "\n" + notice + "\n"
	res := c.Text(in)
	if !strings.Contains(res.Text, para) {
		t.Errorf("the paragraph under the label is lost:\n%s", res.Text)
	}
	if strings.Contains(res.Text, strings.SplitN(notice, "\n", 2)[0]) {
		t.Errorf("the browser notice is kept:\n%s", res.Text)
	}
}

// TestWrappedCaptionGoesWhole: a wire photo's caption, wrapped, matches
// its rule as a whole, as it does on one line.
func TestWrappedCaptionGoesWhole(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	caption := "James E. Holmes appears in Arapahoe County District Court, July 23, 2012, in Centennial, Colo. (RJ Sangosti/Denver Post/AP Photo)"
	in := hardWrap(story, 76) + "\n" + hardWrap(caption, 76) + "\n" + hardWrap(story2, 76) + "\n"
	res := c.Text(in)
	if strings.Contains(res.Text, "Arapahoe County") {
		t.Errorf("the caption is kept:\n%s", res.Text)
	}
	if !strings.Contains(res.Text, hardWrap(story, 76)) || !strings.Contains(res.Text, hardWrap(story2, 76)) {
		t.Errorf("the text is lost:\n%s", res.Text)
	}
}

func TestWrappedParagraphKeptWhole(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := "Share this article\n" + wrappedStory + "\nCopyright 2024 Example News. All rights reserved."
	if got := c.Text(in).Text; got != wrappedStory {
		t.Errorf("Text kept\n%s\nwant the whole paragraph\n%s", got, wrappedStory)
	}
}

func TestContinues(t *testing.T) {
	tests := []struct {
		prev, next string
		want       bool
	}{
		{"The minister said the talks had stalled and that", "no new date was set.", true},
		{"He told", "reporters", true},                     // a link inside a sentence
		{"according to a statement from", "Reuters", true}, // a function word before a name
		{"Reuters", ", which first reported the deal.", true},
		{"The deal was signed on Monday.", "the rest followed.", false},
		{"World news", "Business", false},
		{"Top stories", "Markets rally as inflation cools", false},
		{"Contact:", "editor@example.com", false},
		// "my" ends a domain here, not a sentence.
		{"sport@example.com.my", "Fans celebrate the first goal", false},
		// Pronouns and particles are stopwords that end a headline.
		{"Neue ICE-Strecke zwischen Hamburg und Berlin verzögert sich", "Deutschlandticket: Preis steigt auf 58 Euro", false},
		{"Coalition talks broke up", "Markets rally as inflation cools", false},
		{"Vi raderade lösenordet för ett Microsoft-konto: så här fungerar det", "Framtiden för onlinekonton?", false},
		{"Regeringen vill att fler ska flytta hem", "Så påverkas hyrorna i storstäderna", false},
		{"", "and then", false},
	}
	for _, tt := range tests {
		if got := continues(tt.prev, tt.next); got != tt.want {
			t.Errorf("continues(%q, %q) = %v, want %v", tt.prev, tt.next, got, tt.want)
		}
	}
}

// headlinesAndSummaries is a list of stories, each a headline of half the
// width or more, a summary hard-wrapped at width and a related link.
func headlinesAndSummaries(width int) string {
	var b strings.Builder
	for i := range 6 {
		fmt.Fprintf(&b, "Council approves plan number %d for the tram line\n", i+1)
		b.WriteString(hardWrap("The city council approved the plan on Monday evening after a long debate about the cost of the line.", width))
		b.WriteString("\nRelated: Tram drivers vote on a new pay deal this week\n")
	}
	return b.String()
}

const brief = "Google launched the Nexus 7 tablet, the Nexus Q streaming media player, Chrome on the iPad, " +
	"Jelly Bean, and yes, they are activating a million Android devices every day."

const story2 = "Officials said the first new trams would run on the northern section within two years, " +
	"and that the timetables would be drawn up together with the councils along the route."
