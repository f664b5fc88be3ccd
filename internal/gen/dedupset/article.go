package dedupset

import (
	"math/rand/v2"
	"strings"
)

// vocabulary is a few hundred common words of English news; Article draws
// from it with Zipf frequencies, so synthetic articles share function words
// and stock phrases the way real ones do, but not their sentences.
var vocabulary = strings.Fields(`the of to and a in that is for on said with was as
it by at he from his be have has are an they not were this had but which who
been their more after would its or about will one also government minister
president year people new two first officials city state police told country
last week over united states foreign security talks military forces against
report could three percent since market national during group million where
than when while before into other public under may because some there between
support war spokesman council party election court law attack agreement leader
according statement thursday wednesday tuesday monday friday saturday sunday
capital region economy bank prices rose fell shares company companies investors
growth quarter analysts data health hospital workers union strike protest
crowd soldiers rebels ceasefire aid humanitarian refugees border troops peace
negotiations diplomats embassy sanctions trade deal summit meeting europe
russia china germany france britain syria iran israel japan india brazil
africa american european russian chinese german french british officials
earlier later ago months days hours spokeswoman ministry department agency
news conference reporters interview series season team coach players match
game victory defeat championship league final goal points record fans
scientists study researchers university found evidence climate energy oil gas
water food farmers weather storm flood fire earthquake damage residents
homes emergency rescue killed injured dead arrested charged trial judge
prosecutors lawyer case sentence prison investigation evidence witnesses`)

// Article returns a synthetic news article of about size bytes: a headline
// and paragraphs of sentences drawn from a Zipf-weighted vocabulary.
func Article(rng *rand.Rand, size int) string {
	zipf := rand.NewZipf(rng, 1.1, 2, uint64(len(vocabulary)-1))
	word := func() string { return vocabulary[zipf.Uint64()] }
	var sb strings.Builder
	for range 6 + rng.IntN(5) {
		sb.WriteString(word() + " ")
	}
	sb.WriteString("\n\n")
	for sb.Len() < size {
		for range 2 + rng.IntN(3) {
			n := 12 + rng.IntN(20)
			w := word()
			sb.WriteString(strings.ToUpper(w[:1]) + w[1:])
			for range n {
				sb.WriteString(" " + word())
			}
			sb.WriteString(". ")
		}
		sb.WriteString("\n\n")
	}
	return sb.String()
}
