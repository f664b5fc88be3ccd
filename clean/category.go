package clean

// Category names a kind of boilerplate. Every removal carries one, so users
// can keep a kind they want (Options.Keep) and read why a line went.
type Category string

// The categories clean knows. Rule files name them in [section] headers.
const (
	Ad         Category = "ad"         // advertisement markers and sponsored labels
	Promo      Category = "promo"      // subscribe, newsletter, notification and app prompts; promotional sentences
	Related    Category = "related"    // "Read more", "Recommended" and the headline lists after them
	Share      Category = "share"      // share and follow buttons, social links
	Comment    Category = "comment"    // comment forms, counts and comment sections
	Cookie     Category = "cookie"     // cookie and consent notices
	Legal      Category = "legal"      // copyright, legal and news-agency footers
	Navigation Category = "navigation" // menus, section lists, breadcrumbs, pagination
	Media      Category = "media"      // audio and video player labels, galleries
	Caption    Category = "caption"    // photo captions
	Credit     Category = "credit"     // photo credits, sources, "contributed to this report"
	Byline     Category = "byline"     // author lines
	Date       Category = "date"       // timestamps and "updated" lines
	Dateline   Category = "dateline"   // a place name standing alone before the story
	Duplicate  Category = "duplicate"  // a line repeated inside the document, such as the title
	Template   Category = "template"   // a line many documents of the corpus repeat (see Model)
	Fragment   Category = "fragment"   // short or low-content text outside the article body
)

// Categories lists every category in a stable order.
var Categories = []Category{Ad, Promo, Related, Share, Comment, Cookie, Legal, Navigation,
	Media, Caption, Credit, Byline, Date, Dateline, Duplicate, Template, Fragment}

func knownCategory(c Category) bool {
	for _, k := range Categories {
		if k == c {
			return true
		}
	}
	return false
}
