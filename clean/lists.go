package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lists of headlines: related-story lists under a heading, indexes of
// stories with summaries, and runs of title-case lines, which plain text
// gives no link density to betray.

// headlineRuns marks runs of short title-case lines, such as sidebar lists
// of books, posts or sections, or of Chinese or Japanese section names,
// as boilerplate whatever surrounds them:
// article text seldom runs to several title-case lines in a row, while
// without link density a list between two paragraphs would pass for text.
func headlineRuns(d *document, blocks []*block) {
	cjkText := goodText(blocks, true)*2 > goodText(blocks, false)
	start, n := 0, 0
	flush := func(end int) {
		if n >= minHeadlineRun && !introduced(blocks, start) {
			for _, b := range blocks[start:end] {
				if !b.ruled {
					b.initial, b.cls, b.inList = bad, bad, true
				}
			}
		}
		n = 0
	}
	textSeen := false // a box of figures in the text is no list; a widget over it may be
	for i, b := range blocks {
		if b.ruled {
			continue
		}
		if b.initial != good && b.titleish && (b.caps >= 2 && b.caps*10 >= 6*(b.caps+b.lowers) || cjkText && (b.menuWord() || phrased(d, b))) &&
			!(textSeen && figureField(d, b)) {
			if n == 0 {
				start = i
			}
			n++
			continue
		}
		flush(i)
		textSeen = textSeen || b.initial == good
	}
	flush(len(blocks))
}

// phrased reports whether a block is a Chinese or Japanese headline: one
// line that sets a space between its phrases, where a sentence sets none,
// and does not stop ("槇原容疑者 違約金は10億超か 写真").
func phrased(d *document, b *block) bool {
	if len(b.lines) != 1 || b.sentEnd {
		return false
	}
	s := strings.TrimSpace(d.view(b.lines[0]))
	r, _ := utf8.DecodeRuneInString(s)
	return isHanOrKana(r) && strings.Contains(s, " ")
}

// kanaSentence reports whether a Japanese line reads as a sentence rather
// than a headline: a blog's short sentences often drop their final "。",
// while a headline sets a space between its phrases.
func kanaSentence(d *document, b *block) bool {
	s := strings.TrimSpace(d.view(b.lines[0]))
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Hiragana, r) }) >= 0 && !phrased(d, b)
}

// kickerGrids removes grids of teasers that set a section's name over each
// headline ("Sport", a headline, "Sport", a headline, "Politics" …), which
// a page may run to dozens of lines around a short article. A headline may
// carry a line of summary under it, read as text though it is not.
func kickerGrids(d *document, blocks []*block) {
	start := 0
	for i := 0; i <= len(blocks); i++ {
		if i < len(blocks) && (gridLine(blocks[i]) || gridSummary(d, blocks, start, i)) {
			continue
		}
		if i-start >= minGridLines {
			markGrid(d, blocks[start:i])
		}
		start = i + 1
	}
}

// gridLine reports whether a block may be a label or a headline of a grid
// of teasers: one line that is not text and does not stop as a sentence.
func gridLine(b *block) bool {
	return !b.ruled && b.initial != good && len(b.lines) == 1 && b.size <= headingMax && !b.endsStop
}

// gridSummary reports whether blocks[i] may be the summary of a teaser in
// a grid that runs from start: a line of text under a label and its
// headline of two words or more ("Ошибки ВВП"), and over the next label.
// markGrid decides whether the labels recur. A "headline" that tells the
// time heads a comment: "Reply", a reader's name and time, the comment,
// "Reply" again.
func gridSummary(d *document, blocks []*block, start, i int) bool {
	if i-start < 2 || i+1 >= len(blocks) {
		return false
	}
	b, head, label, next := blocks[i], blocks[i-1], blocks[i-2], blocks[i+1]
	return !b.ruled && len(b.lines) == 1 && b.words <= maxSummaryWords &&
		gridLine(head) && head.words >= 2 && gridLine(label) && label.menuItem() && label.words > 0 &&
		gridLine(next) && next.menuItem() && next.words > 0 && !clockTime(d.view(head.lines[0]))
}

// markGrid marks a run of grid lines as teasers when its labels, a word or
// two each, make a third of its lines or more, minGridLabels of them recur
// minKickerRepeats times, and most of those head a headline: in a thread
// of comments, the "Profile" or "Reply" that recurs heads a commenter's
// name. The recurring labels must make a third of the lines themselves
// unless they are names, not bullets, and all the names together do: a
// grid sets sections that recur among others that do not ("Local",
// "Deportes", "Local", "Cultura" …). A name that heads a headline is then
// one of its labels however often it recurs. A headline goes with the
// labels only when one follows it, straight or after its summary, which
// leaves the page's own kicker and headline over its text to the tests of
// headlines.
func markGrid(d *document, run []*block) {
	label := func(b *block) bool { return b.menuItem() && !b.colon }
	// Counting each name takes a map: first see that there are enough.
	// Summaries do not count against the labels' share of the lines.
	labels, names, lines := 0, 0, 0
	for _, b := range run {
		if label(b) {
			labels++
			if b.words > 0 {
				names++
			}
		}
		if gridLine(b) {
			lines++
		}
	}
	if labels < minGridLabels || labels*3 < lines {
		return
	}
	counts := make(map[string]int, labels)
	for _, b := range run {
		if label(b) {
			counts[d.view(b.lines[0])]++
		}
	}
	recurs := func(k int) bool {
		return label(run[k]) && counts[d.view(run[k].lines[0])] >= minKickerRepeats
	}
	headsHeadline := func(k int) bool {
		return k+1 < len(run) && !label(run[k+1]) && run[k+1].words >= 3
	}
	recurring, recurringNames, heads := 0, 0, 0
	for k := range run {
		if !recurs(k) {
			continue
		}
		recurring++
		if run[k].words > 0 {
			recurringNames++
		}
		if k+1 < len(run) && recurs(k+1) || headsHeadline(k) {
			heads++
		}
	}
	mixed := recurringNames >= minGridLabels && names*3 >= lines
	if recurring < minGridLabels || recurring*3 < lines && !mixed || heads*3 < recurring*2 {
		return
	}
	gridLabel := func(k int) bool {
		return k >= 0 && k < len(run) && (recurs(k) || mixed && label(run[k]) && run[k].words > 0 && headsHeadline(k))
	}
	for k, b := range run {
		if gridLabel(k) || gridLabel(k+1) || gridLabel(k-1) && gridLabel(k+2) {
			b.markRuled(d, Related, "structure: teasers under section labels")
		}
	}
}

// figureField reports whether a block is a label and then a figure
// ("Revenue: $2.41 bn (2.30 bn)", "Umsatz: 2,41 Mrd. Fr."): a line of a
// fact box, which title case alone would put in a list of headlines.
func figureField(d *document, b *block) bool {
	if len(b.lines) != 1 {
		return false
	}
	_, value, ok := field(d.view(b.lines[0]))
	value = strings.TrimLeftFunc(value, func(r rune) bool { return unicode.Is(unicode.Sc, r) || r == ' ' })
	r, _ := utf8.DecodeRuneInString(value)
	return ok && unicode.IsDigit(r)
}

// oneLink reports whether blocks open with one headline and then good
// text, a sentence that stops or an interviewer's question: the one story
// a label links, set inside the article, perhaps before its last short
// sentences.
func oneLink(d *document, blocks []*block) bool {
	n := 0
	for _, b := range blocks {
		if b.ruled {
			continue
		}
		if n++; n == 2 {
			return b.initial == good || b.endsStop && !b.titleish && b.words >= 4 || interviewerAsks(d, b)
		}
		if !b.titleish || b.words < 4 {
			return false
		}
	}
	return false
}

// introduced reports whether the block before blocks[i] is a sentence of
// the text that announces a list with a colon ("the busiest roads are:"):
// the names after it are the list it announces, not a menu.
func introduced(blocks []*block, i int) bool {
	if i == 0 {
		return false
	}
	b := blocks[i-1]
	return !b.ruled && b.colon && (b.initial == good || b.initial == nearGood)
}

// announcedLists keeps the lists that the text announces and closes: a
// line that ends with a colon right after kept text ("The results:",
// "Rain warnings cover these provinces:"), then up to maxListRun lines of
// names and figures, then kept text again. Election results, weather by
// city and line-ups read as menus and tables line by line; between a
// sentence that announces them and the text that goes on, they are the
// article's. Only structural verdicts are undone: a line a phrase rule
// removed (an advertisement marker) stays removed.
func announcedLists(d *document, blocks []*block, lim limits) {
	for i := 1; i < len(blocks); i++ {
		intro := blocks[i]
		if intro.ruled || !intro.colon || !afterText(d, blocks, i) {
			continue
		}
		end := i + 1
		for end < len(blocks) && end-i <= maxListRun && blocks[end].cls != good {
			if b := blocks[end]; b.ruled && !b.aside() && !shapeRuled(d, b) {
				break
			}
			end++
		}
		// A ruled block is always bad, so a good one here is text.
		if end == i+1 || end == len(blocks) || end-i > maxListRun || blocks[end].cls != good {
			continue
		}
		for _, b := range blocks[i:end] {
			b.keepInText(d, lim)
		}
		i = end
	}
}

// notesInText keeps a list of notes set between two parts of the kept
// text: up to maxListRun short lines, half of them or more starting in
// lower case ("not in Debian", "helm integration (not in melpa?)"), as a
// writer's notes do and the titles of menus and headline lists do not.
// A thread of readers' comments, with their names, dates and
// exclamations, is no such list. Only structural verdicts are undone, as
// in announcedLists.
func notesInText(d *document, blocks []*block, lim limits) {
	for i := 1; i < len(blocks); i++ {
		if blocks[i].cls == good || !afterText(d, blocks, i) {
			continue
		}
		end, notes, items, thread := i, 0, 0, false
		for ; end < len(blocks) && end-i <= maxListRun && blocks[end].cls != good; end++ {
			b := blocks[end]
			if b.ruled && !b.aside() && !shapeRuled(d, b) && !b.menuItem() {
				break
			}
			if b.ruled {
				// Readers' comments are signed and dated, and exclaim;
				// notes are not and do not.
				thread = thread || b.cat == Date || b.cat == Byline
				continue
			}
			t := d.view(b.lines[0])
			r, _ := utf8.DecodeLastRuneInString(t)
			thread = thread || r == '!' || clockTime(t)
			items++
			if startsLower(t) {
				notes++
			}
		}
		if thread || end == len(blocks) || blocks[end].cls != good || items < minListNotes || notes*2 < items {
			i = end
			continue
		}
		for _, b := range blocks[i:end] {
			b.keepInText(d, lim)
		}
		i = end
	}
}

// minListNotes is the fewest notes notesInText takes for a list.
const minListNotes = 3

// rankedLists keeps a numbered list that the text announces and that
// counts its items in order ("그가 언급한 40명의 FA와 예상 금액은 다음과 같다.",
// then "1위 오타니 쇼헤이: 10년 4억 7700만 달러", "2위 …"): a ranking may
// close the article, with no text after it for announcedLists to find.
// Only structural verdicts are undone, as in announcedLists.
func rankedLists(d *document, blocks []*block, lim limits) {
	const minRanked = 3
	for i := 1; i < len(blocks); i++ {
		// The first item opens with its number: a quick no for most
		// blocks, before the words of the sentence over it are read.
		if _, ok := rankOf(d.view(blocks[i].lines[0])); !ok {
			continue
		}
		intro := blocks[i-1]
		if intro.ruled || !afterText(d, blocks, i) && intro.cls != good || !intro.colon && !announcesList(d.view(intro.lines[len(intro.lines)-1])) {
			continue
		}
		end, prev, step := i, 0, 0
		for ; end < len(blocks); end++ {
			b := blocks[end]
			if b.ruled && b.aside() && prev > 0 {
				continue // an ad's marker between two items
			}
			n, ok := rankOf(d.view(b.lines[0]))
			if !ok || len(b.lines) != 1 || b.ruled && !shapeRuled(d, b) {
				break
			}
			if prev > 0 {
				if step == 0 && (n == prev+1 || n == prev-1) {
					step = n - prev
				}
				if step == 0 || n != prev+step {
					break
				}
			}
			prev = n
		}
		if step == 0 || end-i < minRanked {
			continue
		}
		for _, b := range blocks[i:end] {
			b.keepInText(d, lim)
			b.boxed = true // no headlines, though they may look so
		}
		i = end
	}
}

// rankOf returns the number that opens an item of a ranked list: "1위",
// "2位", "第3位", "#4", "No. 5", "6.", "7)" or "8:".
func rankOf(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if s == "" || !isASCIIDigit(s[0]) && s[0] != '#' && s[0] != 'N' && !strings.HasPrefix(s, "第") {
		return 0, false
	}
	for _, p := range []string{"#", "No. ", "No.", "第"} {
		s = strings.TrimPrefix(s, p)
	}
	n, i := 0, 0
	for ; i < len(s) && i < 3 && isASCIIDigit(s[i]); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || i == len(s) {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return n, strings.ContainsRune(".):、위位名 ", r)
}

// announcedSections keeps a list in sections that the text announces
// without a colon ("See below for the full list of winners."): from the
// first, under capitals that name each section ("ENTERTAINER OF THE
// YEAR"), the names of a few lines each, up to the next paragraph or to
// the page's own lines. An award's winners and an election's results read
// as menus line by line, but a menu is no list the text announces. Only
// structural verdicts are undone, as in announcedLists.
func announcedSections(d *document, blocks []*block, lim limits) {
	const minSections = 3
	for i := 1; i < len(blocks); i++ {
		// The list opens with its first section's name: a quick no for
		// every other block after the text.
		if b := blocks[i]; b.cls == good || b.ruled && !shapeRuled(d, b) || !shouted(d.view(b.lines[0])) || !afterText(d, blocks, i) ||
			!announcesList(d.view(blocks[i-1].lines[len(blocks[i-1].lines)-1])) {
			continue
		}
		end, heads := i, 0
		for ; end < len(blocks); end++ {
			b := blocks[end]
			if b.ruled && !b.aside() && !shapeRuled(d, b) || len(b.lines) != 1 {
				break
			}
			s := d.view(b.lines[0])
			if _, _, isField := field(s); b.cls == good && (b.endsStop || b.size >= lengthLow) && !isField {
				break // the text goes on
			}
			if shouted(s) {
				heads++
			}
		}
		if heads < minSections || heads*2 > end-i {
			continue
		}
		for _, b := range blocks[i:end] {
			if b.ruled && b.cat == Duplicate {
				b.unrule(d, lim) // a name in two sections
			}
			b.keepInText(d, lim)
		}
		i = end
	}
}

// listAnnouncers are the words by which a sentence points to a list
// under it, in lower case.
var listAnnouncers = []string{
	"below", "the following", "full list", "complete list",
	"a continuación", "lista completa", "ci-dessous", "liste complète", "voici la liste",
	"im folgenden", "die folgende", "vollständige liste", "di seguito", "elenco completo",
	"a seguir", "abaixo", "hieronder", "volledige lijst",
	"poniżej", "pełna lista", "ниже", "полный список",
	// "As follows" and "the following" in more languages.
	"as follows", "다음과 같", "아래와 같", "以下の通り", "次の通り", "以下のとおり", "次のとおり", "如下",
	"كالتالي", "كما يلي", "sebagai berikut", "berikut ini", "như sau", "aşağıdaki", "şöyle",
	"इस प्रकार", "निम्नलिखित", "به شرح زیر", "ดังนี้", "παρακάτω", "následující", "următoarele",
	"alábbi", "nedan", "följande", "nedenfor", "følgende", "seuraava",
}

// announcesList reports whether the last sentence of s points to a list
// under it.
func announcesList(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || !isSentenceEnd(rune(s[len(s)-1])) {
		return false
	}
	last := strings.ToLower(s[lastSentenceStart(s):])
	for _, w := range listAnnouncers {
		if strings.Contains(last, w) {
			return true
		}
	}
	return false
}

// lastSentenceStart returns where the last sentence of s starts: past the
// last full stop, question or exclamation mark that a space and a capital
// follow.
func lastSentenceStart(s string) int {
	for i := len(s) - 2; i > 0; i-- {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' {
			if r, _ := utf8.DecodeRuneInString(s[i+2:]); unicode.IsUpper(r) {
				return i + 2
			}
		}
	}
	return 0
}

// shouted reports whether s is written in capitals, as a section's name
// in a list often is: four letters or more, none in lower case.
func shouted(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 4
}

// hasMeasure reports whether s holds a figure that is not a year: "3.397
// km" and "2 (Phobos, Deimos)" do, "Car Reviews in 2012" does not.
func hasMeasure(s string) bool {
	for i := 0; i < len(s); {
		if !isASCIIDigit(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isASCIIDigit(s[j]) {
			j++
		}
		if j-i != 4 || s[i:i+2] != "19" && s[i:i+2] != "20" {
			return true
		}
		i = j
	}
	return false
}

// figuresInText keeps a box of figures set between two paragraphs of the
// text: up to maxBoxLines short lines, half of them or more with a figure
// other than a year ("Mars: 3.397 km", "Masse"), after kept text and
// before a paragraph. Menus and headline lists hold few figures; a
// sidebar of them ends where a phrase rule removes a line, as in
// announcedLists.
func figuresInText(d *document, blocks []*block, lim limits) {
	for i := 1; i < len(blocks); i++ {
		if blocks[i].cls == good || !afterText(d, blocks, i) {
			continue
		}
		end, figures := i, 0
		for ; end < len(blocks) && end-i < maxBoxLines && blocks[end].cls != good; end++ {
			b := blocks[end]
			if b.ruled && b.cat == Navigation && b.menuItem() && end+1 < len(blocks) && blocks[end+1].paragraph() {
				continue // the box's button: "Show more"
			}
			if b.ruled && !b.aside() && !shapeRuled(d, b) || len(b.lines) != 1 || b.size > lengthHigh {
				break
			}
			if hasMeasure(d.view(b.lines[0])) {
				figures++
			}
		}
		if end == len(blocks) || !blocks[end].paragraph() || figures < minBoxFields || figures*2 < end-i {
			i = end
			continue
		}
		for _, b := range blocks[i:end] {
			b.keepInText(d, lim)
		}
		i = end
	}
}

// afterText reports whether blocks[i] follows kept text, once a read-also
// unit between them is passed over: a link ruled as such, or a heading the
// rules removed ("Recommended:") and the one headline under it.
func afterText(d *document, blocks []*block, i int) bool {
	k := i - 1
	switch {
	case k >= 1 && blocks[k].ruled && blocks[k].link:
		k--
	case k >= 2 && !blocks[k].ruled && underHeading(d, blocks, k):
		k -= 2
	}
	p := blocks[k]
	return !p.ruled && p.cls == good
}

// factBoxes keeps the fact box that follows an article's text: the result,
// line-ups, referee and crowd under a match report, the date, place and
// figures under an event, the table after a round. It holds at least
// minBoxFields fields, lines of a label of a few words, a colon and a
// value ("Schiedsrichter: Martin Reiß", "Público: 18.922 pagantes"), no
// label twice, and rows of figures anywhere ("14. FC Rheinfelden 25
// Spiele, 27:44 Tore, 26 Punkte", "12' - GOL Cozma, 1-0"). It starts
// straight after kept text; up to maxBoxGap short lines (a title, a
// subheading) may stand before its first item or between two, but links
// under a heading after it ("Handball: Talheim misses out") are no part
// of it. Fields long enough to be kept already count, and an ad's slot
// and a photo's credit are passed over. Menus and headline lists have no
// labels, and a sidebar's labelled lines repeat theirs. A box straight
// after another may be the next of a run of records, a name and a line or
// two over the same fields: one more short line may stand over its first
// item if it then gives minBoxFields of the last box's labels. As in
// announcedLists, a phrase rule's verdict stands: it ends the box.
func factBoxes(d *document, blocks []*block, lim limits) {
	var labels, last []string // this box's labels, and the last box's
	lastEnd := -1
	for i := 1; i < len(blocks); i++ {
		k := i - 1
		for k > 0 && blocks[k].ruled && (blocks[k].link || blocks[k].bare || blocks[k].adMarker() || blocks[k].photo() || blocks[k].heading != nil && blocks[k].heading.Kind == LabelRule) {
			k-- // a story link set in the text or its label, an ad's slot, a photo, a time: the box follows the text past them
		}
		if p := blocks[k]; p.ruled || p.cls != good {
			continue
		}
		labels = labels[:0]
		gap, headlines, rows, end := 0, 0, 0, i // end is past the last item
		record := last != nil && i == lastEnd   // the next of a run of records?
		maxGap, widened := maxBoxGap, false
		if record {
			maxGap++
		}
		for j := i; j < min(len(blocks), i+maxBoxLines); j++ {
			b := blocks[j]
			if b.adMarker() || b.photo() && !shapeRuled(d, b) {
				continue // an ad's slot or a photo's credit may stand anywhere in the box
			}
			s := d.view(b.lines[0])
			label, value, isField := field(s)
			if b.ruled && !shapeRuled(d, b) && !(isField && b.cat == Duplicate && (hasDigit(value) || len(labels) >= minBoxFields || record && slices.Contains(last, label))) {
				// A figure may repeat one of an earlier box ("Toyota
				// Corolla: 19.845"), and a field of a box that has shown
				// itself one ("Identifiers: *Maine") or of a record
				// like the last ("Breeder: Shadai Farm"); a list of
				// links repeats one of another list.
				break
			}
			if b.cls == good && !isField {
				break // fields kept already count: the short one after them goes with them
			}
			headline := isField && headlineValue(value)
			if headline && gap > 0 && end > i {
				break // links under a heading after the box: "Handball: Talheim misses out"
			}
			switch {
			case isField && !slices.Contains(labels, label):
				labels, gap, end = append(labels, label), 0, j+1
				if headline {
					headlines++
				}
				continue
			case isRating(s):
				gap, end = 0, j+1 // a review's verdict among its facts
				continue
			case pipeRow(s) || fixtureRow(s):
				gap, end, rows = 0, j+1, rows+1
				continue
			case tallyRow(s):
				gap, end, rows = 0, j+1, rows+1 // "Buenos Aires 12208": a name and its count
				continue
			case figureRow(s):
				gap, end = 0, j+1
				if !strings.ContainsAny(s, ":/") { // not a date or a time of day: "posted 12/26 03:32pm"
					rows++
				}
				continue
			case !isField && gap < maxGap && (!b.ruled || b.cat == Navigation && shapeRuled(d, b)) && b.size <= lengthHigh && hasLetter(s):
				// Short lines may head the box, its table or its parts,
				// a head row of names between slashes too.
				gap++
				widened = widened || gap > maxBoxGap
				continue
			}
			break
		}
		if len(labels) < minBoxFields && rows < minBoxFields || len(labels) > 0 && headlines*2 >= len(labels) || widened && sharedLabels(labels, last) < minBoxFields {
			// The items looked at are no box, and none that starts
			// among them: a page of fields costs linear time.
			i = max(i, end-1)
			continue
		}
		for _, b := range blocks[i:end] {
			if b.ruled && b.cat == Duplicate {
				b.unrule(d, lim)
			}
			if !b.adMarker() {
				b.keepInText(d, lim)
				b.boxed = true
			}
		}
		if end < len(blocks) && !blocks[end].ruled && blocks[end].statement(lim) {
			blocks[end].cls = good // the article's closing sentence, under its box
		}
		last, lastEnd = append(last[:0], labels...), end
		// A label twice ends the box, and starts the next: a match's
		// facts give each team its coach.
		i = end - 1
	}
}

// cellTables keeps a table of the text that the page gave one cell per
// line: perhaps a row of column names, then rows of as many cells, each
// column of one kind all the way down (figures, such as amounts, dates
// and shares, or a few words, such as names), one column at least of
// figures. It starts straight after kept text, as a table the text
// announces does, or after its title; a sidebar's standings stand
// elsewhere. Two columns are too few to tell a table from a list of
// labelled counts ("Followers", "2,300").
func cellTables(d *document, blocks []*block, lim limits) {
	for i := 1; i < len(blocks); i++ {
		from := i
		if !afterText(d, blocks, i) {
			if t := blocks[i-1]; i < 2 || t.ruled || len(t.lines) > 1 || t.size > headingMax || !afterText(d, blocks, i-1) {
				continue
			}
			from = i - 1 // the table's title
		}
		n := tableCells(d, blocks[i:min(len(blocks), i+maxTableCells)])
		if n == 0 {
			continue
		}
		for _, b := range blocks[from : i+n] {
			if b.ruled && b.cat == Duplicate {
				b.unrule(d, lim) // rows repeat their dates and amounts
			}
			b.keepInText(d, lim)
			b.boxed = true
		}
		i += n - 1
	}
}

// Cell kinds, for cellTables.
const (
	noCell = iota
	figureCell
	wordsCell
)

// tableCells returns how many of blocks make a table of cells, or 0.
func tableCells(d *document, blocks []*block) int {
	var local [minTableCols * minTableRows]int // most runs are shorter
	kinds := local[:0]
	for _, b := range blocks {
		k := cellKind(d, b)
		if k == noCell {
			break
		}
		kinds = append(kinds, k)
	}
	if len(kinds) < minTableCols*minTableRows {
		return 0
	}
	best := 0
	for cols := minTableCols; cols <= maxTableCols; cols++ {
		for _, head := range []int{0, cols} {
			if head > 0 && slices.Contains(kinds[:min(head, len(kinds))], figureCell) {
				continue // column names are words
			}
			if head+cols > len(kinds) {
				continue
			}
			row := kinds[head : head+cols]
			if !slices.Contains(row, figureCell) {
				continue
			}
			rows := 1
			for end := head + (rows+1)*cols; end <= len(kinds) && slices.Equal(kinds[end-cols:end], row); end += cols {
				rows++
			}
			if rows >= minTableRows {
				best = max(best, head+rows*cols)
			}
		}
	}
	return best
}

// cellKind tells a cell of a table by its one short line: figures with
// their signs and units, or a few words.
func cellKind(d *document, b *block) int {
	if len(b.lines) != 1 || b.ruled && b.cat != Duplicate && !shapeRuled(d, b) {
		return noCell
	}
	s := strings.TrimSpace(d.view(b.lines[0]))
	if len(s) > maxCellBytes {
		return noCell
	}
	letters, spaces := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case r == ' ':
			spaces++
		}
	}
	switch {
	case hasDigit(s) && letters <= maxFigureLetters && spaces <= maxFigureLetters:
		return figureCell
	case letters > 0 && spaces < maxCellWords:
		return wordsCell
	}
	return noCell
}

// sharedLabels counts the labels of a that b has too.
func sharedLabels(a, b []string) int {
	n := 0
	for _, l := range a {
		if slices.Contains(b, l) {
			n++
		}
	}
	return n
}

// tallyRow reports whether a line is a row of a table of counts: a name
// of at most maxCellWords words that starts with a capital and holds no
// digit, then one figure ("Buenos Aires 12208", "Santa Fe 2.327").
func tallyRow(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	if i <= 0 || i == len(s)-1 || !isASCIIDigit(s[i+1]) {
		return false
	}
	for _, c := range []byte(s[i+1:]) {
		if !isASCIIDigit(c) && c != '.' && c != ',' {
			return false
		}
	}
	name := strings.TrimSpace(s[:i])
	r, _ := utf8.DecodeRuneInString(name)
	last, _ := utf8.DecodeLastRuneInString(name)
	return unicode.IsUpper(r) && unicode.IsLetter(last) && !hasDigit(name) && strings.Count(name, " ") < maxCellWords
}

// figureRow reports whether a line is a row of a table of figures: three
// numbers or more, as a standings row has its rank, games and points.
func figureRow(s string) bool { return digitRuns(s) >= 3 }

// fixtureRow reports whether a line pairs two sides for a match, as a
// box of fixtures lists them: "Karoo Lions v Drakensberg Eagles, Kroonvale
// Stadium, 15:00", or several pairs in a row, "Piran – Jelovica, Kras –
// Savinja". Such lines are names, and would pass for a run of headlines.
// A dash between clauses of a sentence has words in lower case after it.
func fixtureRow(s string) bool {
	if endsSentence(s) {
		return false
	}
	first, _, _ := strings.Cut(s, ",")
	for _, sep := range pairSeps {
		if a, b, ok := strings.Cut(first, sep); ok {
			return teamName(a) && teamName(b)
		}
	}
	return false
}

// pairSeps stand between the two sides of a match.
var pairSeps = []string{" v ", " vs ", " vs. ", " – ", " — ", " - "}

// teamName reports whether s is a name of one to four words in title case,
// as a team or a party is named ("Kras Kraška Vas", "Stade de Reims").
func teamName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxTeamWords || !startsUpper(words[0]) {
		return false
	}
	for _, w := range words[1:] {
		if !startsUpper(w) && !particle(w) {
			return false
		}
	}
	return true
}

// field splits a line that reads "label: value", returning the label in
// lower case: one to four words before the first colon, the first a word
// of letters, and a value after it.
func field(s string) (label, value string, ok bool) {
	i := colonAt(s[:min(len(s), maxFieldBytes+len("："))]) // the label is short: look no further
	if i <= 0 || i > maxFieldBytes {
		return "", "", false
	}
	_, colon := utf8.DecodeRuneInString(s[i:]) // ":" or "："
	label, value = strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+colon:])
	if s[i] == ':' && (i+1 == len(s) || s[i+1] != ' ') || !hasAlnum(value) {
		return "", "", false // a time, a score, a URL, or nothing after it
	}
	if r, _ := utf8.DecodeRuneInString(label); !unicode.IsLetter(r) {
		return "", "", false
	}
	if n := len(strings.Fields(label)); n > maxFieldWords || strings.ContainsAny(label, ".!?,;\"") {
		return "", "", false
	}
	return strings.ToLower(label), value, true
}

// colonAt returns the index of the first colon in s, ASCII or full-width,
// or -1.
func colonAt(s string) int {
	i := strings.IndexByte(s, ':')
	if j := strings.Index(s, "："); j >= 0 && (i < 0 || j < i) {
		return j
	}
	return i
}

// headlineValue reports whether the value of a field reads as a headline
// ("Marseille : un homme tué par balle dans les quartiers nord"): four
// words or more of running text, mostly in lower case, without the
// figures, commas and brackets of names and results, and one sentence at
// most, where a quotation runs to more.
func headlineValue(v string) bool {
	if hasDigit(v) || strings.ContainsAny(v, ",;(（、،") || sentences(v) > 1 {
		return false
	}
	words, lower := 0, 0
	for w := range strings.FieldsSeq(v) {
		words++
		if startsLower(w) {
			lower++
		}
	}
	return words >= 4 && lower*2 >= words
}

// keepInText keeps a block of a list or box the text holds, taking back
// a verdict on its shape; a phrase rule's verdict stands.
func (b *block) keepInText(d *document, lim limits) {
	if b.ruled && shapeRuled(d, b) {
		b.unrule(d, lim)
	}
	if !b.ruled {
		b.cls = good
	}
}

// shapeRuled reports whether a ruled block was removed for its shape (a
// list of section names, a date) rather than by a phrase rule or as a
// repeat.
func shapeRuled(d *document, b *block) bool {
	return b.heading == nil && b.cat != Duplicate && strings.HasPrefix(d.lines[b.lines[0]].rule, "structure:")
}

// datedFeeds removes the feeds of other stories around the text:
// minFeedStories or more in a row, each a date alone (with the hour before
// or after it), a headline and at most one summary ("21/05/2020 19h03", a
// headline, a paragraph). The dates give the day: a live blog stamps its
// entries with the hour alone, and keepLiveTimes keeps them. A feed over
// the text stops short of the article, a story the text goes on under.
func datedFeeds(d *document, blocks []*block) {
	const minFeedStories = 4
	// A stamp is the day, or the hour ("14h48", "14:33:00"), alone.
	stamp := func(j int, day bool) bool {
		if j >= len(blocks) {
			return false
		}
		b := blocks[j]
		if !b.ruled || len(b.lines) != 1 || !(b.cat == Date && b.heading == nil || !day && b.cat == Media) {
			return false
		}
		t := strings.TrimSpace(d.view(b.lines[0]))
		hour := liveTime(t) || !hasLetter(t) && strings.Count(t, ":") == 2
		return hour != day
	}
	stampAt := func(j int) int { // the blocks of the stamp at j
		switch {
		case stamp(j, true) && stamp(j+1, false), stamp(j, false) && stamp(j+1, true):
			return 2
		case stamp(j, true):
			return 1
		}
		return 0
	}
	text := func(j int) bool { return j < len(blocks) && !blocks[j].ruled }
	// A headline may ask; it does not end in a full stop or an
	// exclamation, as a reader's comment under its date may.
	headline := func(j int) bool {
		if !text(j) || !blocks[j].headlineShaped() {
			return false
		}
		r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(d.view(blocks[j].lines[0])))
		return !isFullStop(r) && r != '!'
	}
	for i := 0; i < len(blocks); i++ {
		if stampAt(i) == 0 {
			continue
		}
		j, stories, last := i, 0, i // last: where the last story begins
		// Once a feed has shown its day, its later stories may give the
		// hour alone ("Acum o oră", "15:50", then "15:10").
		next := func(j int) int { // the blocks of the next story's stamp
			if n := stampAt(j); n > 0 || stories == 0 || !stamp(j, false) {
				return n
			}
			return 1
		}
		for n := next(j); n > 0 && headline(j+n); n = next(j) {
			last = j
			j += n + 1
			if text(j) && !blocks[j].headlineShaped() && blocks[j].sentences(d) <= 3 ||
				j < len(blocks) && blocks[j].ruled && blocks[j].heading == nil && !stamp(j, true) && !stamp(j, false) {
				j++ // the summary, which a rule may have removed ("The post … appeared first on …")
			}
			stories++
		}
		// A story that the text goes on under is the article, under its
		// own date.
		if stories > 0 && j < len(blocks) && blocks[j].paragraph() {
			j, stories = last, stories-1
		}
		if stories < minFeedStories {
			continue
		}
		for _, b := range blocks[i:j] {
			if !b.ruled {
				b.markRuled(d, Related, "structure: a feed of dated stories")
			}
		}
		i = j - 1
	}
}

// timedFeeds removes a ticker of news set over or under the text: minFeedStories
// or more headlines, each after its hour on its line ("14:44 Accusations
// de viols : 14 militaires mis en cause"), most of them straight over the
// next story. A story may instead stand under its hour alone, as a kicker
// and a summary, or as a post quoted from a social network. A live blog
// is no such ticker: under each hour it tells its text in sentences, and
// the hours stand on their own or over the text's paragraphs.
func timedFeeds(d *document, blocks []*block) {
	const (
		minFeedStories = 4
		maxEntry       = 5 // blocks under an hour alone: kicker, summary, a quoted post
	)
	// story is 2 for a timed headline, 1 for an hour alone, else 0.
	story := func(b *block) int {
		if len(b.lines) != 1 {
			return 0
		}
		t := strings.TrimSpace(d.view(b.lines[0]))
		if b.ruled && b.heading == nil && (b.cat == Date || b.cat == Media) && liveTime(t) {
			return 1
		}
		// A headline may ask; it does not end as a statement does.
		if n := hourPrefix(t); n > 0 && b.headingShape() && hasLetter(t[n:]) {
			if r, _ := utf8.DecodeLastRuneInString(t); !isFullStop(r) && r != '!' {
				return 2
			}
		}
		return 0
	}
	for i := range blocks {
		if story(blocks[i]) != 2 {
			continue
		}
		// The ticker runs while the next story comes within an entry.
		last, headlines, chained := i, 0, 0
		for j := i; j < len(blocks) && j-last <= maxEntry+1; j++ {
			k := story(blocks[j])
			if k == 0 {
				continue
			}
			if k == 2 {
				headlines++
				if j+1 < len(blocks) && story(blocks[j+1]) > 0 {
					chained++
				}
			}
			last = j
		}
		if headlines < minFeedStories || chained*2 < headlines {
			i = last
			continue
		}
		end := last + 1
		if story(blocks[last]) == 1 { // the last story's entry under its hour
			for end < len(blocks) && end-last <= maxEntry && blocks[end].heading == nil && !blocks[end].ruled {
				end++
			}
		}
		for _, b := range blocks[i:end] {
			if !b.ruled {
				b.markRuled(d, Related, "structure: a ticker of timed headlines")
			}
		}
		i = end - 1
	}
}

// hourPrefix returns the length of the hour that opens s and the space
// after it ("14:44 ", "9.30 am "), or 0.
func hourPrefix(s string) int {
	i := 0
	for i < len(s) && i < 2 && isASCIIDigit(s[i]) {
		i++
	}
	if i == 0 || i+3 > len(s) || s[i] != ':' && s[i] != 'h' && s[i] != '.' || !isASCIIDigit(s[i+1]) || !isASCIIDigit(s[i+2]) || s[i+1] > '5' || s[:i] > "24" && i == 2 {
		return 0
	}
	i += 3
	rest := strings.TrimLeft(s[i:], " ")
	for _, suffix := range []string{"am ", "pm ", "a.m. ", "p.m. ", "Uhr ", "GMT "} {
		if len(rest) >= len(suffix) && strings.EqualFold(rest[:len(suffix)], suffix) {
			rest = rest[len(suffix):]
			break
		}
	}
	if len(rest) == len(s)-i {
		return 0 // no space after the hour: "14:44h" or a score
	}
	return len(s) - len(rest)
}

// inlineTeasers removes the links to other stories set between two
// paragraphs of the text as a card: a section's name that the page's menus
// showed over the text, and a headline under it.
func inlineTeasers(d *document, blocks []*block) {
	const maxKickerWords = 3
	start := firstRun(blocks)
	if start < 0 {
		return
	}
	for i := start + 1; i+2 < len(blocks); i++ {
		k, h := blocks[i], blocks[i+1]
		if len(k.lines) != 1 || k.words == 0 || k.words > maxKickerWords || k.ruled && k.cat != Duplicate ||
			h.ruled || !h.headlineShaped() || h.endsDot || h.words <= maxKickerWords ||
			!textAround(blocks, i-1, i+2) || !inMenus(d, blocks[:start], k) {
			continue
		}
		for _, b := range blocks[i : i+2] {
			if !b.ruled {
				b.markRuled(d, Related, "structure: a story's section and headline set into the text")
			}
		}
		i++
	}
}

// textAround reports whether blocks[before] is kept text that ends a
// sentence, and blocks[after] a good paragraph.
func textAround(blocks []*block, before, after int) bool {
	b, a := blocks[before], blocks[after]
	return !b.ruled && b.cls == good && b.endsDot && a.paragraph() && a.cls == good
}

// inMenus reports whether k, a name of a few words, stands alone twice or
// more in head, the page over the text: a section that its menus show. A
// subheading may stand once in a table of contents; a commenter's name
// recurs in the thread, under the text.
func inMenus(d *document, head []*block, k *block) bool {
	const minShown = 2
	t := strings.TrimSpace(d.view(k.lines[0]))
	if r, _ := utf8.DecodeLastRuneInString(t); !isAlnum(r) {
		return false
	}
	n := 0
	for _, b := range head {
		if len(b.lines) == 1 && strings.EqualFold(strings.TrimSpace(d.view(b.lines[0])), t) {
			n++
		}
	}
	return n >= minShown
}

// wireTeasers removes the teasers of other wire stories after the text: a
// headline over a summary that opens with its story's dateline ("SYDNEY,
// Australia - ", "Mumbai (Maharashtra) [India], Jan 13 (ANI): "). A
// story's dateline opens its first paragraph only: once the text has run
// for two paragraphs, minWireTeasers of them or more are other stories.
func wireTeasers(d *document, blocks []*block) {
	const minWireTeasers, minTextBefore = 3, 2
	start := firstRun(blocks)
	if start < 0 {
		return
	}
	var teasers []int // the headline of each
	paragraphs := 0
	for i := start; i+1 < len(blocks); i++ {
		b, sum := blocks[i], blocks[i+1]
		if paragraphs < minTextBefore {
			if b.paragraph() {
				paragraphs++
			}
			continue
		}
		if b.headlineShaped() && !sum.ruled && len(sum.lines) == 1 && sum.sentences(d) <= 3 && opensWithDateline(d.view(sum.lines[0])) {
			teasers = append(teasers, i)
			i++
		}
	}
	if len(teasers) < minWireTeasers {
		return
	}
	for _, i := range teasers {
		for _, b := range blocks[i : i+2] {
			if !b.ruled {
				b.markRuled(d, Related, "structure: teasers of wire stories after the text")
			}
		}
	}
}

// opensWithDateline reports whether a paragraph opens with a wire story's
// dateline: up to maxDatelineWords words, set off by a dash after a place
// in capitals or a place and its country ("SYDNEY, Australia - "), or by a
// colon after the agency in brackets ("Mumbai [India], Jan 13 (ANI): ").
// A label and its value ("Toyota C-HR: 2.818 unidades") is neither.
func opensWithDateline(s string) bool {
	const maxDatelineWords, maxDateline, maxAgency = 8, 80, 12
	s = strings.TrimSpace(s)
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	lead := s[:min(len(s), maxDateline)]
	for _, sep := range []string{" - ", " – ", " — ", ": "} {
		k := strings.Index(lead, sep)
		if k <= 0 {
			continue
		}
		head := lead[:k]
		words := strings.Fields(head)
		if len(words) > maxDatelineWords || strings.ContainsAny(head, "!?;\"“”«»") {
			continue
		}
		if sep == ": " {
			open := strings.LastIndexByte(head, '(')
			if strings.HasSuffix(head, ")") && open > 0 && len(head)-open <= maxAgency {
				return true
			}
			continue
		}
		first := strings.TrimRight(words[0], ",")
		if utf8.RuneCountInString(first) >= 3 && strings.ToUpper(first) == first && strings.IndexFunc(first, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
			return true
		}
		if c := strings.Index(head, ", "); c > 0 && startsUpper(head[c+2:]) {
			return true
		}
	}
	return false
}

// keepLiveTimes keeps the time of day over each entry of a live blog
// ("14h48", "Kl. 22.37"): a time alone between kept paragraphs, past the
// share buttons of the entry before it, belongs to the text. Context has
// looked past it as past any date, so that the entries read as running
// text; a date with its day and month still goes. A video's running time
// reads as a time of day ("10:57"), so such a line is kept only in a blog
// of two entries or more, and never when it has no hour ("0:58"); the
// time over the first entry, which has no entry before it, only in such a
// blog too.
func keepLiveTimes(d *document, blocks []*block) {
	first, video := -1, false
	var entries []*block // few: a slice only on a live blog's page
	for i, b := range blocks {
		if !b.ruled || b.heading != nil || !(b.cat == Date && shapeRuled(d, b) || b.cat == Media) || !liveTime(d.view(b.lines[0])) {
			continue
		}
		if !keptNear(slices.All(blocks[i+1:]), false) || b.cat == Media && runningTime(d.view(b.lines[0])) {
			continue
		}
		if first < 0 {
			first = i
		}
		if keptPast(blocks[:i]) {
			entries = append(entries, b)
			video = video || b.cat == Media
		}
	}
	if len(entries) == 0 || video && len(entries) < 2 {
		return
	}
	if len(entries) >= 2 {
		entries = append(entries, blocks[first])
	}
	for _, b := range entries {
		if b.ruled {
			b.unmark(d)
			b.cls = good
		}
	}
}

// runningTime reports whether a time of day reads as a video's running
// time rather than an entry's hour: "0:58", "00:45".
func runningTime(s string) bool {
	s = strings.TrimSpace(s)
	hour := s[:len(s)-len(strings.TrimLeft(s, asciiDigits))]
	return hour != "" && strings.Trim(hour, "0") == ""
}

// interviewerAsks reports whether a block is an interviewer's question: it
// asks, in sentence case, where a headline that asks is in title case. In
// Chinese and Japanese, a headline sets a space between its phrases, and a
// sentence none.
func interviewerAsks(d *document, b *block) bool {
	if !asks(d, b) {
		return false
	}
	if b.cjk {
		return len(b.lines) == 1 && !strings.Contains(strings.TrimSpace(d.view(b.lines[0])), " ")
	}
	return b.lowers > b.caps
}

// answers reports whether a block may answer the question before it: good
// text, or after a label's one link, which text follows, a sentence that
// stops.
func answers(b *block, afterLink bool) bool {
	return !b.ruled && (b.initial == good || afterLink && b.endsStop && !b.titleish)
}

// asks reports whether a block ends with a question mark.
func asks(d *document, b *block) bool {
	r, _ := utf8.DecodeLastRuneInString(d.lines[b.lines[len(b.lines)-1]].feat.trimmed)
	return isQuestionMark(r)
}

// keepRatings keeps a review's rating ("★★★½", "♥♥♥♥♥♡", "L'avis du
// Figaro : ●●●○") next to kept text: the verdict is the review's own, while
// a rating widget in a sidebar stands among chaff.
//
// The facts of the review may stand between the text and the rating, as
// its box's last line: up to maxReviewFacts short lines ("Drame de Lore
// Van Damme", "Durée : 1 h 44") that kept text precedes. They stay too.
func keepRatings(d *document, blocks []*block, lim limits) {
	for i, b := range blocks {
		if b.ruled || b.cls == good || len(b.lines) != 1 || !isRating(d.view(b.lines[0])) {
			continue
		}
		if keptNear(slices.Backward(blocks[:i]), false) || keptNear(slices.All(blocks[i+1:]), false) {
			b.cls = good
			continue
		}
		for k := i - 1; k >= 0 && k >= i-maxReviewFacts; k-- {
			fact := blocks[k]
			if fact.adMarker() {
				continue
			}
			if !fact.ruled && fact.cls == good {
				for _, kept := range blocks[k+1 : i+1] {
					kept.keepInText(d, lim)
				}
				break
			}
			if fact.ruled && !shapeRuled(d, fact) || len(fact.lines) != 1 || fact.size > lengthHigh {
				break
			}
		}
	}
}

// isRating reports whether a line is a rating: three to ten stars, dots or
// hearts, after a short label and a colon if any, or after a label a mark
// out of 5, 10, 20 or 100 ("Hodnotenie: 8/10").
func isRating(s string) bool {
	if i := colonAt(s); i > 0 && i <= maxFieldBytes {
		_, n := utf8.DecodeRuneInString(s[i:])
		s = s[i+n:]
		if outOf(strings.TrimSpace(s)) {
			return true
		}
	}
	glyphs := 0
	for _, r := range s {
		switch {
		case strings.ContainsRune("★☆✩✭✮✯⭐●○◐♥♡❤", r):
			glyphs++
		case r != '½' && !unicode.IsSpace(r):
			return false
		}
	}
	return glyphs >= 3 && glyphs <= 10
}

// outOf reports whether s is a mark out of a scale: "8/10", "4,5/5",
// "16 / 20".
func outOf(s string) bool {
	mark, scale, ok := strings.Cut(s, "/")
	mark, scale = strings.TrimSpace(mark), strings.TrimSpace(scale)
	if !ok || mark == "" || len(mark) > 4 || strings.Trim(mark, asciiDigits+".,") != "" || !unicode.IsDigit(rune(mark[0])) {
		return false
	}
	switch scale {
	case "5", "10", "20", "100":
		return true
	}
	return false
}

// keepKeyPoints keeps the summary in points that some sites set between
// the headline and the text ("Darum gehts", "In short"): a run of
// minKeyPoints short sentences or more, one per line, before the first
// good text, which must follow within keyPointsReach blocks and share a
// word with all of them but one. Context alone would drop them, with the
// headline's chaff all around.
func keepKeyPoints(d *document, blocks []*block, lim limits) {
	run := 0
	for i, b := range blocks {
		if !b.ruled && b.cls != good && len(b.lines) == 1 && b.endsStop && b.size <= lengthHigh && b.statement(lim) && !truncated(d.view(b.lines[0])) {
			run++
			continue
		}
		if run >= minKeyPoints && textWithin(blocks[i:], keyPointsReach) && summarise(d, blocks[i-run:i], blocks[i:]) {
			for _, p := range blocks[i-run : i] {
				p.cls = good
			}
			return
		}
		if b.cls == good && !b.ruled {
			return // past the start of the text
		}
		run = 0
	}
}

// keepIngredients keeps a recipe's list of ingredients, which context
// alone drops: short lines without function words, often under a bar of
// print buttons. The list is a run of at least minIngredients lines that
// give an amount ("2 tablespoons butter", "1/2 cup milk", "200 g Mehl"),
// with the recipe's text at most ingredientsReach blocks before or after
// it. A line or two without an amount ("salt to taste", a part's heading)
// may stand between two with one, but most lines have one: the lines of
// ages between a feed's headlines ("3 hours ago") are no list. An item in
// lower case may have joined the one before it, as if a scraper had
// wrapped it. A short line right over the list is its heading.
func keepIngredients(d *document, blocks []*block) {
	const maxGap, maxIngredientsHeading = 2, 40
	for i := 0; i < len(blocks); i++ {
		first, end, amounts := -1, i, 0 // the run is blocks[first:end]
		for j, gap := i, 0; j < len(blocks) && gap <= maxGap; j++ {
			b := blocks[j]
			if len(b.lines) > 2 || b.size > lengthHigh || b.ruled && b.cat != Duplicate {
				break
			}
			if !isQuantity(d.view(b.lines[0])) {
				if b.ruled || b.cls == good {
					break // a repeat, or the recipe's text
				}
				gap++
				continue
			}
			if first < 0 {
				first = j
			}
			end, amounts, gap = j+1, amounts+1, 0
		}
		if amounts >= minIngredients && amounts*3 >= (end-first)*2 && (textWithin(blocks[end:], ingredientsReach) || textWithin(blocks[max(0, first-ingredientsReach):first], ingredientsReach)) {
			if h := blocks[max(0, first-1)]; first > 0 && !h.ruled && len(h.lines) == 1 && h.size <= maxIngredientsHeading && !h.endsStop {
				first-- // "Ingredients", "Zutaten für 4 Personen:"
			}
			for _, b := range blocks[first:end] {
				if b.ruled {
					b.unmark(d) // an amount that another recipe on the page gives too
				}
				b.cls = good
			}
		}
		i = max(i, end-1)
	}
}

// isQuantity reports whether s is a short line that starts with an amount
// of something: a number under a thousand, a fraction or a range, then a
// unit or a word in lower case ("1 1/2 cups", "½ tsp", "2-3 cloves",
// "16oz (1 block)", "3 EL Öl"). Years, ranks ("01"), counts of a title's
// things ("28 Ways") and dates ("19 Dec") are none.
func isQuantity(s string) bool {
	const maxQuantityRunes = 90
	s = strings.TrimSpace(s)
	if s == "" || !isASCIIDigit(s[0]) && s[0] != 0xC2 && s[0] != 0xE2 {
		return false // most lines: no digit, nor the first byte of "½" or "⅓"
	}
	if utf8.RuneCountInString(s) > maxQuantityRunes || strings.HasPrefix(s, "0") && !strings.HasPrefix(s, "0.") && !strings.HasPrefix(s, "0,") {
		return false
	}
	rest, ok := amount(s)
	if !ok {
		return false
	}
	// A second amount: "1 1/2 cups", "2-3 cloves", "1 to 2 tbsp".
	if more, ok := amount(strings.TrimPrefix(strings.TrimLeft(rest, " -–"), "to ")); ok {
		rest = more
	}
	if rest != "" && rest[0] != ' ' { // a unit set close: "200g", "16oz (1 block)"
		unit, _, _ := strings.Cut(rest, " ")
		return glued(strings.TrimRightFunc(unit, notWordRune))
	}
	word, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	word = strings.TrimRight(word, ".,:")
	if units[word] {
		return true
	}
	// A word in lower case, not run into the next one ("933 commentsWhy
	// ...") nor counting a page's own things ("3 hours ago", "12 replies").
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsLetter(r) && word == strings.ToLower(word) && !counts[word]
}

// counts are the words of the counters that feeds and threads set before
// their items: ages, comments, views.
var counts = map[string]bool{
	"sec": true, "secs": true, "min": true, "mins": true, "hr": true, "hrs": true,
	"second": true, "seconds": true, "minute": true, "minutes": true, "hour": true, "hours": true,
	"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true,
	"year": true, "years": true, "comment": true, "comments": true, "reply": true, "replies": true,
	"view": true, "views": true, "like": true, "likes": true, "share": true, "shares": true,
	"vote": true, "votes": true, "point": true, "points": true, "photo": true, "photos": true,
}

// amount reads a number of at most three digits, a decimal or a fraction
// ("2", "1/2", "0,5", "½", "1½") at the start of s and returns what follows.
func amount(s string) (rest string, ok bool) {
	digits := 0
	for digits < len(s) && isASCIIDigit(s[digits]) {
		digits++
	}
	if digits > 3 {
		return s, false
	}
	s = s[digits:]
	if digits > 0 && len(s) > 1 && strings.IndexByte("/.,", s[0]) >= 0 && isASCIIDigit(s[1]) {
		k := 1
		for k < len(s) && isASCIIDigit(s[k]) {
			k++
		}
		s = s[k:]
	}
	if r, n := utf8.DecodeRuneInString(s); r >= '¼' && r <= '¾' || r >= '⅐' && r <= '⅞' {
		return s[n:], true
	}
	return s, digits > 0
}

// glued reports whether w is a unit of measure set close to its number.
func glued(w string) bool { return units[w] && w == strings.ToLower(w) }

// units are common units of a recipe's amounts, in the forms that do not
// start in lower case or that are set close to their number.
var units = map[string]bool{
	"g": true, "kg": true, "mg": true, "ml": true, "cl": true, "dl": true, "l": true,
	"oz": true, "lb": true, "lbs": true, "tsp": true, "tbsp": true, "T": true, "C": true,
	"EL": true, "TL": true, "Tl": true, "El": true, "ST": true, "Stk": true, "Pck": true,
	"Tablespoon": true, "Tablespoons": true, "Teaspoon": true, "Teaspoons": true, "Cup": true, "Cups": true,
}

// summarise reports whether all points but one share a longer word with
// the first keyPointsSpan bytes of the text, which they sum up: a widget's
// sentences ("Your friends will see what you read.") do not.
func summarise(d *document, points, text []*block) bool {
	var lead []uint64
	size := 0
	for _, b := range text {
		if size >= keyPointsSpan {
			break
		}
		if b.ruled || b.cls != good {
			continue
		}
		for _, i := range b.lines {
			lead = append(lead, d.lineStems(i)...)
			size += len(d.view(i))
		}
	}
	slices.Sort(lead)
	missed := 0
	for _, p := range points {
		if shared, _ := sharedStems(d, p, lead); shared == 0 && !(p.cjk && echoesCJK(d, p, text, true)) {
			missed++
		}
	}
	return missed <= 1
}

// truncated reports whether a line was cut short with an ellipsis, as
// lists of stories cut their headlines and teasers.
func truncated(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	return strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…")
}

// textWithin reports whether good text starts among the first n blocks.
func textWithin(blocks []*block, n int) bool {
	for _, b := range blocks[:min(n, len(blocks))] {
		if b.cls == good && !b.ruled {
			return true
		}
	}
	return false
}

// keptPast reports whether the last block of blocks not ruled is kept
// text, with at most maxEntryTail ruled blocks (share buttons, an ad's
// marker) after it.
func keptPast(blocks []*block) bool {
	for k, b := range slices.Backward(blocks) {
		if len(blocks)-k > maxEntryTail+1 {
			return false
		}
		if !b.ruled {
			return b.cls == good
		}
	}
	return false
}

// menuWord reports whether a block is a word or two of Chinese or
// Japanese, as menus of those scripts list their sections: they have no
// capitals to show them. On a page in another language, such lines are
// names the text lists.
func (b *block) menuWord() bool {
	return b.cjk && b.size <= maxMenuWord*cjkWeight && !b.sentEnd
}

// closingHeadlines removes a list of headlines that closes a document
// after its kept text, with nothing but ruled lines after it: three or more
// lines of a headline's shape and of four words or more. Sites set their
// "more stories" lists there without a heading as often as with one, and
// headlines in languages that write them in sentence case escape
// headlineRuns. A fact box's fields may look like headlines; they stay.
func closingHeadlines(d *document, blocks []*block) {
	end := len(blocks)
	for end > 0 && blocks[end-1].ruled {
		end--
	}
	start := end
	for start > 0 {
		b := blocks[start-1]
		if b.ruled || b.boxed || !b.headlineShaped() || b.words < 4 || b.sentEnd || b.cjk && kanaSentence(d, b) {
			break
		}
		start--
	}
	if end-start < 3 || start == 0 || blocks[start-1].cls != good || !blocks[start-1].endsDot {
		return
	}
	for _, b := range blocks[start:end] {
		b.markRuled(d, Related, "structure: headlines after the text")
	}
}

// closingStories removes a list of stories that closes a document, with
// nothing kept after it: two or more headlines, each with a summary of a
// sentence or two under it and perhaps a short kicker over it, each about
// other things than the text before it and than the other stories.
// Sidebars of other stories sit there without a heading as often as with
// one; the text's own last sections, and the results or listings of a text
// that is a list itself, share its words or each other's, and an
// interview's last questions ask in sentence case.
func closingStories(d *document, blocks []*block) {
	kept := func(b *block) bool { return !b.ruled && b.cls == good }
	end := len(blocks)
	for end > 0 && !kept(blocks[end-1]) {
		end--
	}
	start := end
	var stories [][2]int // each story's headline and summary, by block index
	// Each story costs a pass over the text before it: a few dozen will do.
	for len(stories) < maxStoryCompare {
		k := start - 1
		for k >= 0 && blocks[k].ruled && blocks[k].heading == nil {
			k--
		}
		if k < 2 {
			break
		}
		sum := blocks[k]
		if !kept(sum) || sum.headlineShaped() || sum.words > maxTeaserWords || !sum.sentEnd || sum.sentences(d) > 2 {
			break
		}
		h := k - 1
		for h >= 0 && blocks[h].ruled && (blocks[h].cat == Date || blocks[h].cat == Byline) {
			h--
		}
		if h < 1 || blocks[h].ruled || !blocks[h].headlineShaped() || blocks[h].words < 4 || interviewerAsks(d, blocks[h]) || echoesText(d, blocks[h], blocks[:h], 2) || echoesText(d, sum, blocks[:h], 3) {
			break
		}
		top := h
		if kick := blocks[h-1]; !kick.ruled && len(kick.lines) == 1 && kick.words <= maxKickerWords && !kick.sentEnd {
			top = h - 1
		}
		stories = append(stories, [2]int{h, k})
		start = top
	}
	if len(stories) < 2 {
		return
	}
	text, listed := 0, 0 // sizes of the text's good blocks and of the stories
	for _, b := range blocks[:start] {
		if kept(b) && b.initial == good {
			text += b.size
		}
	}
	for _, b := range blocks[start:end] {
		listed += b.size
	}
	if text <= listed {
		return
	}
	words := make([][]string, len(stories)) // the topic words of each story's headline and summary
	for k, st := range stories {
		words[k], _ = storyWords(d, blocks, st)
	}
	if relatedPairs(words) > 0 {
		return
	}
	for _, b := range blocks[start:end] {
		if !b.ruled {
			b.markRuled(d, Related, "structure: stories after the text")
		}
	}
}

// oneWordHeading reports whether blocks[i] is a subheading of one word
// inside the text ("Weather", "Strikes"): a capitalised word of letters
// alone on its line, straight under good text. Elsewhere such a word is a
// menu's item.
func oneWordHeading(d *document, blocks []*block, i int, wasGood []bool) bool {
	b := blocks[i]
	if len(b.lines) != 1 || b.words != 1 || b.sentEnd || b.ruled || i == 0 || !wasGood[i-1] {
		return false
	}
	w := strings.TrimSpace(d.view(b.lines[0]))
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) // not a brand's "Name®"
}

// rescueHeadings keeps a title or heading: a headline-like block that leads,
// through at most one more such block, to good text.
// wasGood holds len(blocks) bools of scratch space.
func rescueHeadings(d *document, blocks []*block, wasGood []bool) {
	// A line of a headline list is rescued only right before the text it
	// heads, or a rescued line would vouch for the one before it, and so
	// on up the whole list.
	for i, b := range blocks {
		wasGood[i] = b.cls == good && !b.ruled
	}
	for i := len(blocks) - 1; i >= 0; i-- {
		b := blocks[i]
		if b.cls == good || !b.titleish && !oneWordHeading(d, blocks, i, wasGood) || underHeading(d, blocks, i) || isQuote(d.view(b.lines[0])) {
			continue
		}
		// A name over the date is the author's, unless the text takes
		// up its words: then it is a short title.
		// Asked only before a date: the test reads the rest of the text.
		name := func() bool {
			return isName(b, d.view(b.lines[0])) && b.words <= 3 && !echoesText(d, b, blocks[i+1:], 1)
		}
		for j, hops := i+1, 0; j < len(blocks) && hops < 2; j++ {
			n := blocks[j]
			if n.ruled && n.cat == Date && name() {
				break
			}
			if n.ruled && n.heading == nil {
				// A heading's date, byline, photo, share buttons, player or
				// ad may stand between it and its text; a cookie banner or
				// a menu does not.
				if n.aside() || n.photo() || n.cat == Share || n.cat == Media {
					continue
				}
				break
			}
			if b.inList {
				if wasGood[j] {
					b.cls = good
				}
				break
			}
			// Nor does a section name vouch for the one over it: a
			// heading of a word or two heads its text or its list.
			if n.cls == good && !n.ruled && (wasGood[j] || !b.menuItem() || !n.menuItem()) {
				b.cls = good
				break
			}
			if !n.titleish {
				break
			}
			hops++
		}
	}
}

// headingRecurs reports whether blocks hold heading h's line three times
// or more, as a grid of teasers does; a thread's heading may be shown
// twice, over it and under it.
func headingRecurs(d *document, h *block, blocks []*block) bool {
	line := strings.TrimSpace(d.view(h.lines[0]))
	n := 0
	for _, b := range blocks {
		if b.heading == h.heading && strings.TrimSpace(d.view(b.lines[0])) == line {
			if n++; n == minHeadingRepeats {
				return true
			}
		}
	}
	return false
}

// underHeading reports whether blocks[i] stands right under a related-stories
// heading the rules removed and a colon announces ("Recommended:"): it is a
// story that heading links. Without the colon, "Read more" may end a teaser.
func underHeading(d *document, blocks []*block, i int) bool {
	if i == 0 {
		return false
	}
	h := blocks[i-1]
	if !h.ruled || h.heading == nil || h.cat != Related {
		return false
	}
	return announces(d, h)
}

// announces reports whether a block ends with a colon, which a ruled block
// has not counted among its features: it is read off the text.
func announces(d *document, b *block) bool {
	s := strings.TrimRightFunc(d.view(b.lines[len(b.lines)-1]), unicode.IsSpace)
	return strings.HasSuffix(s, ":") || strings.HasSuffix(s, "：")
}

// longMenus removes the runs of minMenuRun or more section names, lines
// of a few words each, in any case ("Économie mondiale", "Entreprises",
// "Le Club de l'Économie"), that context would keep where the last of them
// stands over the headline. A run that holds a figure or a sentence is a
// list of the text's.
func longMenus(d *document, blocks []*block) {
	const minMenuRun, maxEntryWords, maxRuledEntries = 8, 4, 2
	entry := func(b *block) bool {
		if b.ruled || len(b.lines) != 1 || b.words == 0 || b.words > maxEntryWords || b.sentEnd || b.cjk {
			return false
		}
		t := strings.TrimSpace(d.view(b.lines[0]))
		return startsUpper(t) && !hasDigit(t)
	}
	// An entry or two a rule removed ("Newsletter", "Vidéos") carry the
	// run on without counting in it.
	ruledEntry := func(b *block) bool {
		return b.ruled && len(b.lines) == 1 && len(strings.Fields(d.view(b.lines[0]))) <= maxEntryWords
	}
	for i := 0; i < len(blocks); {
		j, entries, ruled := i, 0, 0
		// Past a removed entry, the page's own headline and its kicker
		// may begin: the run goes on only through entries of a word or
		// two, as menus name their sections. tail is where the entries
		// past the last removed one begin, before how many came ahead.
		tail, before := i, 0
		for ; j < len(blocks); j++ {
			if b := blocks[j]; entry(b) {
				if ruled > 0 {
					tail, before = j, entries
				}
				if tail > i && b.words > 2 {
					j, entries = tail, before
					break
				}
				entries, ruled = entries+1, 0
			} else if ruled++; j == i || ruled > maxRuledEntries || !ruledEntry(b) {
				break
			}
		}
		for j > i && !entry(blocks[j-1]) {
			j-- // the run ends on an entry
		}
		if entries >= minMenuRun {
			for _, b := range blocks[i:j] {
				if !b.ruled {
					b.markRuled(d, Navigation, "structure: a long menu of section names")
				}
			}
		}
		i = max(j, i+1)
	}
}

// menuItem reports whether a block is a word or two, as menus name their
// sections.
func (b *block) menuItem() bool {
	if b.cjk {
		return b.size < maxMenuItemCJK*cjkWeight
	}
	return b.words <= 2
}

// inMenu reports whether a block may be an item of a menu: a word or two,
// and not an ad marker or a date, which stand between lists as well.
func (b *block) inMenu() bool {
	return b.menuItem() && (!b.ruled || b.cat != Ad && b.cat != Date)
}

// headingLists removes the headline list after a "Related", "Most read" or
// "Comments" heading: the short and middling blocks up to the next good one.
// A single line straight before good text is kept, being more likely the
// next title than a list, and so is the last headline of a longer list that
// runs into good text or a paragraph (see spareTitle). A comment heading
// late in the document ends the article: everything after it goes, and so
// it does earlier when a thread of comments follows it. So does a
// related-stories heading or an author box, unless running prose follows
// it: the article going on past a box set into it.
func (c *Cleaner) headingLists(d *document, blocks []*block) {
	goodSize, total := 0, goodText(blocks, false)
	for i := 0; i < len(blocks); i++ {
		h := blocks[i]
		if h.initial == good {
			goodSize += h.size
		}
		if h.heading == nil {
			continue
		}
		cat := h.heading.Category
		label := h.heading.Kind == LabelRule
		why := h.heading.after
		// A label over one headline and then text links one story from
		// inside the article: it neither ends the text nor takes more.
		// Nor does a label with good text anywhere after it: the article
		// goes on under the link with a list or a subheading.
		linked := label && (oneLink(d, blocks[i+1:]) || goodFollows(blocks[i+1:]) || tableNear(d, blocks, i+1))
		// A comment heading that each teaser of a grid repeats counts its
		// story's comments: the article may come after the grid.
		if goodSize > 0 && (cat == Comment && (goodSize*10 >= total*6 || goodSize*10 >= total*threadShare && thread(d, blocks[i+1:]) || threadOpens(d, blocks[i+1:])) && !headingRecurs(d, h, blocks) ||
			(cat == Related || cat == Byline) && goodSize*100 >= total*relatedEnd && !proseFollows(d, blocks[i+1:]) && !linked) {
			for _, b := range blocks[i+1:] {
				b.markRuled(d, cat, why)
			}
			return
		}
		if cat == Comment && goodSize*100 < total*relatedEnd {
			// A comment count by the headline links to comments further
			// down: what follows it is the article.
			continue
		}
		// Under a related-stories heading after the article, a list that
		// alternates headline and summary, after a headline or two, takes
		// the summaries too. Other lists stop at the first good text.
		alternating := cat == Related && goodSize*100 >= total*relatedEnd && !linked
		summaryNext, summaries := false, 0
		headline := func(shaped bool) { // two in a row break the alternation, once it has begun
			alternating = alternating && shaped && (!summaryNext || summaries == 0)
			summaryNext = true
		}
		// A heading that is one item of a menu ("Home", "News", "Pics")
		// takes the menu's items, not the headlines under the menu.
		menu := h.menuItem() && i > 0 && i+2 < len(blocks) && blocks[i-1].inMenu() && blocks[i+1].inMenu() && blocks[i+2].inMenu()
		var run []*block
		j, first, text, asked := i+1, 0, false, false
		for ; j < len(blocks) && len(run) < maxListRun; j++ {
			b := blocks[j]
			if b.ruled && b.heading != nil {
				break // the next heading takes the list from here
			}
			if menu && !b.ruled && !b.menuItem() {
				break
			}
			if b.ruled {
				if label && b.cat == Date && liveTime(d.view(b.lines[0])) {
					text = true // a live blog's next entry: the link is one
					break
				}
				if b.headlineShaped() { // a headline repeated from higher up
					headline(true)
				}
				continue
			}
			if b.initial == good {
				if !alternating || !summaryNext || !teaser(d, blocks, j, summaries == 0) {
					break
				}
				summaryNext = false
				summaries++
			} else if !b.titleish && b.size > 150 || b.colon && b.words >= 5 && b.lowers > b.caps ||
				(label || overProse(blocks, j) && (!alternating || summaries == 0 && len(run) >= 2)) && len(run) > 0 && b.endsStop && !b.titleish {
				// A paragraph, or a sentence that announces a list of the
				// text; after a label's link, or over a paragraph where
				// it is no headline's summary, any sentence that stops.
				text = true
				break
			} else if label && len(run) > 0 && (b.colon || !b.cjk && b.words < 4) {
				// After a label's link, a short heading or a line that
				// announces a list ("Ingredients:", "MATCH FACTS") is
				// the text's own.
				text = true
				break
			} else if label && len(run) > 0 && tableAt(d, blocks, j) {
				text = true // a table of the text under the link
				break
			} else if len(run) > 0 && interviewerAsks(d, b) && j+1 < len(blocks) && answers(blocks[j+1], label) {
				text, asked = true, true // an interview goes on: a question and its answer
				break
			} else if alternating && summaryNext && summaries > 0 && !b.titleish && b.sentEnd {
				// A summary too short to be good on its own.
				summaryNext = false
				summaries++
			} else {
				headline(b.titleish)
			}
			if len(run) == 0 {
				first = j
			}
			run = append(run, b)
		}
		// A label inside the text, with text going on under its links,
		// takes the one link's headline. The text over it may be a lead
		// of short paragraphs, none good on its own, that ends a sentence.
		inText := label && (goodSize > 0 || sentenceOver(blocks, i)) && j < len(blocks) && (blocks[j].initial == good || text)
		if k := len(run) - 1; inText && k > 0 && blocks[j].initial == good && run[k].titleish && (echoesText(d, run[k], blocks[j:j+1], 1) || asks(d, run[k])) {
			// A label links one story: a second headline that shares a
			// word with the paragraph under it is the text's subheading,
			// and a question over it an interviewer's.
			run = run[:k]
		} else if inText && k > 0 && run[k].titleish && tableAt(d, blocks, j) {
			run = run[:k] // the table's caption
		}
		single := inText && len(run) == 1 && run[0].words >= 4
		if len(run) == 1 && j < len(blocks) && !blocks[j].ruled && run[0].titleish && !single && !asked {
			// Headings up to that line would find the same run: skip
			// them, or a wall of headings costs quadratic time.
			i = first
			continue
		}
		// The text may open with a paragraph that is not good on its own,
		// such as a sentence that announces a quotation.
		if j < len(blocks) && (blocks[j].initial == good || text) && !single {
			run = spareLead(run)
			// A list set inside running text has no title under it.
			if cat != Related || goodSize == 0 || !proseFollows(d, blocks[j:]) {
				run = spareTitle(run)
			}
			if cat == Byline && blurb(blocks, i, j, total) {
				run = append(run, blocks[j])
			}
		}
		// Like the one link, the few a label sets inside the text say
		// nothing of the text around them.
		for _, b := range run {
			b.markRuled(d, cat, why)
			b.listed, b.link = true, inText
		}
		i = j - 1
	}
}

// sentenceOver reports whether the block nearest over blocks[i], past
// meta lines, is a sentence of running text: minPointWords words or more,
// ending with a full stop.
func sentenceOver(blocks []*block, i int) bool {
	for _, b := range slices.Backward(blocks[:i]) {
		if b.meta() {
			continue
		}
		return !b.ruled && !b.titleish && b.endsStop && b.words >= minPointWords
	}
	return false
}

// teaserCards removes the teasers of other stories set into an article or
// after it: a headline or two, a summary of up to three sentences, and
// straight under it a link to read more ("mehr", "Читать далее »"; see
// readMore). The article's own paragraphs go on without such a link. Only once the text has run for
// minTextBefore paragraphs, or where a row of minSlider cards or more
// shows them: a lead over "Read more" on a page that shows no more is the
// article.
func teaserCards(d *document, blocks []*block) {
	// A blog's excerpt runs to 55 words, WordPress's default, before its
	// link to read the rest.
	const minTextBefore, maxCardHeads, minSlider, maxCardWords = 2, 2, 3, 60
	// A link may name the story it leads to ("Read more about Council
	// backs barrier"): then the card may be its headline alone.
	named := func(j int) bool { return namesStory(d, blocks[j+1], blocks[j]) }
	card := func(j int) bool {
		b := blocks[j]
		return !b.ruled && b.cls == good && (readMore(d, blocks[j+1]) || named(j) || j > 0 && namesStory(d, blocks[j+1], blocks[j-1])) &&
			b.words <= maxCardWords && b.sentences(d) <= 3
	}
	// Before the text, cards come in a row, as a slider shows them: a
	// lead over "Read more" alone may be the article's.
	cards := 0
	for j := 1; j+1 < len(blocks) && cards < minSlider; j++ {
		if card(j) {
			cards++
		}
	}
	paragraphs := 0
	for j := 1; j+1 < len(blocks); j++ {
		b := blocks[j]
		if b.ruled || b.cls != good {
			continue
		}
		if paragraphs < minTextBefore && cards < minSlider || !card(j) {
			if b.paragraph() {
				paragraphs++
			}
			continue
		}
		top := j
		for top > 0 && j-top < maxCardHeads && !blocks[top-1].ruled && blocks[top-1].headlineShaped() {
			top--
		}
		if top == j && !named(j) {
			continue
		}
		for _, c := range blocks[top : j+1] {
			c.markRuled(d, Related, "structure: a teaser over a link to more")
		}
	}
}

// namesStory reports whether b is a link to read more that names the
// story of head, the line above it or the one above that: "Leer más sobre
// <headline>", "Continue reading <headline> →".
func namesStory(d *document, b, head *block) bool {
	if !b.ruled || b.cat != Related || b.heading != nil || len(b.lines) != 1 || len(head.lines) != 1 || head.words < 2 {
		return false
	}
	if r := d.lines[b.lines[0]].feat.by; r == nil || r.Kind != PrefixRule && r.Kind != LabelRule {
		return false
	}
	link := strings.TrimRight(strings.TrimSpace(d.view(b.lines[0])), " .:…»›→>\"'”’")
	title := strings.TrimSpace(d.view(head.lines[0]))
	if len(link) <= len(title) {
		return false
	}
	tail := strings.TrimLeft(link[len(link)-len(title):], "\"'“‘«")
	return strings.EqualFold(tail, strings.TrimLeft(title, "\"'“‘«")) && strings.HasSuffix(link[:len(link)-len(title)], " ")
}

// readMore reports whether b is a link to read more, alone on its line:
// a related link that a rule's phrase takes whole ("mehr", "Читать
// далее"), not a heading ("More from Jane Doe") or a story's headline.
func readMore(d *document, b *block) bool {
	if !b.ruled || b.cat != Related || b.heading != nil || b.link || len(b.lines) != 1 {
		return false
	}
	r := d.lines[b.lines[0]].feat.by
	// A prefix's phrase may take a mark after it ("Leer más »"), no more.
	return r != nil && (r.Kind == LineRule || r.Kind == PrefixRule && len(strings.TrimSpace(d.view(b.lines[0]))) <= len(r.Pattern)+4)
}

// teaser reports whether blocks[j], good text right under a headline in
// a list of stories, is the story's summary: one short paragraph of up to
// three sentences, followed by the next headline or other text that is not
// good, or by the end of the list. For the first summary of a list, the
// text that follows must not be a subheading over paragraphs.
func teaser(d *document, blocks []*block, j int, first bool) bool {
	b := blocks[j]
	if b.words > maxTeaserWords || !b.sentEnd || b.sentences(d) > 3 {
		return false
	}
	for k, n := range blocks[j+1:] {
		if !n.ruled {
			// Before a list has shown a summary, a subheading with
			// paragraphs under it is the article going on, and so is a
			// photo's caption over the subheading. A commenter's name
			// over a comment is no subheading.
			rest := blocks[j+k+2:]
			subheading := len(rest) > 0 && rest[0].titleish && !isCommenterLine(d.view(rest[0].lines[0]))
			return n.initial != good && (!first || !paragraphsOpen(rest) && !(subheading && paragraphsOpen(rest[1:])))
		}
		if n.heading != nil || n.headlineShaped() {
			return true
		}
	}
	return true
}

// storyIndex removes the stories of a section front or a home page: a
// page whose only good text is summaries, each right under its headline
// and sharing a word with it, among more headlines without one, and about
// different things. An article's paragraphs seldom sit one by one between
// headings, and when they do, as in a list of tips, they share its subject.
func storyIndex(d *document, blocks []*block) {
	stories := d.stories[:0] // each story's headline and summary, by block index
	defer func() { d.stories = stories }()
	n, headlines := 0, 0 // summaries not shaped as headlines; headlines
	for i, b := range blocks {
		head := b.storyHeadline()
		if head {
			headlines++
		}
		if b.ruled || b.initial != good && b.initial != nearGood {
			continue
		}
		if h, ok := summary(d, blocks, i); ok {
			stories = append(stories, [2]int{h, i})
			if !head {
				n++
			}
		} else if b.initial == good {
			return
		}
	}
	if n < minStoryIndex || headlines < 2*n {
		return
	}
	// Words are compared among the first stories only: enough to tell
	// one subject from many, in bounded time.
	var words [][]string // the topic words of each story's headline and summary
	echoes := 0
	for _, st := range stories[:min(len(stories), maxStoryCompare)] {
		w, head := storyWords(d, blocks, st)
		if shareWord(w[head:], w[:head]) {
			echoes++
		}
		words = append(words, w)
	}
	m := len(words)
	if echoes*3 < m*2 {
		return
	}
	if relatedPairs(words)*5 > m*(m-1)/2*2 { // over two in five pairs share a subject
		return
	}
	for _, st := range stories {
		for _, k := range st {
			blocks[k].markRuled(d, Related, "structure: headline and summary of a story in a list")
		}
	}
}

// storyWords returns the topic words of a story's headline and summary,
// given by block index, and how many of them, first, are the headline's.
func storyWords(d *document, blocks []*block, story [2]int) ([]string, int) {
	words := topicWords(d.view(blocks[story[0]].lines[0]), nil)
	head := len(words)
	for _, l := range blocks[story[1]].lines {
		words = topicWords(d.view(l), words)
	}
	return words, head
}

// relatedPairs counts the pairs of stories whose topic words meet.
func relatedPairs(words [][]string) int {
	n := 0
	for i, a := range words {
		for _, b := range words[i+1:] {
			if shareWord(a, b) {
				n++
			}
		}
	}
	return n
}

// summary reports whether blocks[i] is a story's summary under its
// headline, and returns the headline's index. A date or a byline may stand
// between them.
func summary(d *document, blocks []*block, i int) (int, bool) {
	h := i - 1
	for h >= 0 && blocks[h].ruled && (blocks[h].cat == Date || blocks[h].cat == Byline) {
		h--
	}
	if h < 0 || !blocks[h].storyHeadline() {
		return 0, false
	}
	return h, teaser(d, blocks, i, false)
}

// shareWord reports whether the word lists a and b have a word in common.
func shareWord(a, b []string) bool {
	return slices.ContainsFunc(a, func(w string) bool { return slices.Contains(b, w) })
}

// topicWords appends to dst the words of s that are not stopwords, of
// five letters or more, cut to their first five letters and lower-cased,
// so that "genetic" and "genetics" meet.
func topicWords(s string, dst []string) []string {
	const stem = 5
	for w := range strings.FieldsFuncSeq(s, notWordRune) {
		if utf8.RuneCountInString(w) < stem {
			continue
		}
		lw := strings.ToLower(w)
		if stopwords[lw] != 0 {
			continue
		}
		dst = append(dst, string([]rune(lw)[:stem]))
	}
	return dst
}

// headingShape reports whether a block is as short as a heading and does
// not end with a full stop: headlines may ask or exclaim, but seldom stop,
// unless the stop closes the sentence they quote.
func (b *block) headingShape() bool {
	return b.size <= headingMax && (!b.endsStop || b.quoted) && (b.words >= 2 || b.size >= 12)
}

// headlineShaped reports whether a block, ruled or not, is one line of a
// heading's shape.
func (b *block) headlineShaped() bool { return len(b.lines) == 1 && b.headingShape() }

// storyHeadline reports whether a block may head a story in a list:
// headline shaped, and ruled (a repeat of a headline higher up) or not good
// text.
func (b *block) storyHeadline() bool { return b.headlineShaped() && (b.ruled || b.initial != good) }

// tableAt reports whether blocks[j] is a row of a table set in pipes
// ("Shots on goal | 38 | 24"), or the head row over one. Menus set their
// sections between pipes too, but without figures.
func tableAt(d *document, blocks []*block, j int) bool {
	line := func(b *block) string { // "" for a ruled block or a paragraph
		if b.ruled || len(b.lines) != 1 {
			return ""
		}
		return d.view(b.lines[0])
	}
	s := line(blocks[j])
	return pipeRow(s) || strings.Contains(s, "|") && j+1 < len(blocks) && pipeRow(line(blocks[j+1]))
}

// pipeRow reports whether a line is a row of figures set in pipes.
func pipeRow(s string) bool { return strings.Count(s, "|") >= 2 && digitRuns(s) >= 2 }

// tableNear reports whether a table starts among the first blocks after
// the link at blocks[from]: the article goes on under the link.
func tableNear(d *document, blocks []*block, from int) bool {
	const look = 3 // blocks after the link: a caption, then the head row
	seen := 0
	for j := from; j < len(blocks) && seen <= look; j++ {
		if blocks[j].ruled {
			continue
		}
		if seen > 0 && tableAt(d, blocks, j) {
			return true
		}
		seen++
	}
	return false
}

// sentences counts the sentences of a block, as sentences does.
func (b *block) sentences(d *document) int {
	n := 1
	for k, i := range b.lines {
		n += sentences(d.view(i)) - 1
		if k > 0 {
			p, _ := utf8.DecodeLastRuneInString(d.lines[b.lines[k-1]].feat.trimmed)
			r, _ := utf8.DecodeRuneInString(d.lines[i].feat.trimmed)
			if isSentenceEnd(p) && unicode.IsUpper(r) {
				n++
			}
		}
	}
	return n
}

// sentences counts the sentences of a paragraph: the breaks after a full
// stop, question or exclamation mark, and any closing quotes, where the
// next word starts in upper case.
func sentences(s string) int {
	n := 1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r != '.' && r != '?' && r != '!' {
			continue
		}
		j := i
		for j < len(s) && strings.IndexByte("\"')”’»", s[j]) >= 0 {
			j++
		}
		if j < len(s) && s[j] == ' ' {
			if next, _ := utf8.DecodeRuneInString(s[j+1:]); unicode.IsUpper(next) {
				n++
			}
		}
	}
	return n
}

// blurb reports whether blocks[j], the good text an author or about
// heading at blocks[i] runs into, is a profile: one paragraph right under
// the heading, small beside the page's text, and set apart from any text
// after it by a rule's line or a label of a few words, or by several
// blocks without good text. Sidebars set a blogger's or a site's
// self-description so under "About me"; a section of the article runs on.
func blurb(blocks []*block, i, j, goodTotal int) bool {
	b := blocks[j]
	if j-i > 3 || b.size*4 > goodTotal {
		return false
	}
	if j+1 < len(blocks) {
		if n := blocks[j+1]; n.ruled && !n.meta() || n.initial == short && n.words <= maxLabelWords && !n.sentEnd {
			return true
		}
	}
	for _, n := range blocks[j+1 : min(len(blocks), j+1+blurbGap)] {
		if n.initial == good {
			return false
		}
	}
	return true
}

// thread reports whether the blocks after a comment heading open a thread
// of comments: among the first maxListRun, two lines that introduce a
// commenter ("Jane wrote:") or stamp a comment with its time ("Jane • 2
// weeks ago"), or the comment buttons ("Reply") under them.
func thread(d *document, blocks []*block) bool {
	n := 0
	for _, b := range blocks[:min(len(blocks), maxListRun)] {
		if len(b.lines) != 1 || b.heading != nil {
			continue
		}
		line := d.view(b.lines[0])
		if b.ruled && b.cat == Comment || isCommenterLine(line) || isCommentStamp(line) {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// threadOpens reports whether a thread of comments starts straight after
// a comment heading: its first line not ruled stamps a comment with its
// writer and time ("Jane • 2 weeks ago"), or a comment form of two lines
// or more ("Your name", "Post a comment") comes first. A count of
// comments by the headline has the article's text under it instead.
func threadOpens(d *document, blocks []*block) bool {
	form := 0
	for _, b := range blocks {
		if b.ruled {
			if b.cat == Comment {
				form++
			}
			continue
		}
		line := d.view(b.lines[0])
		return form >= 2 || len(b.lines) == 1 && (isCommenterLine(line) || isCommentStamp(line))
	}
	return false
}

// spareLead leaves out of a heading's list its last line when that is a
// sentence of some length straight before good text: the article's lead,
// set apart from the rest as a standfirst. Headlines seldom end in a full
// stop.
func spareLead(run []*block) []*block {
	if k := len(run) - 1; k >= 0 && run[k].initial == nearGood && run[k].endsStop && run[k].words >= minLeadWords {
		return run[:k]
	}
	return run
}

// spareTitle takes out of a headline list that runs into good text the
// last headline before it, passing over the labels of a word or three (a
// source, "Print") between them: that headline is the title of the text,
// which pages put under their section lists. It returns what is left.
func spareTitle(run []*block) []*block {
	k := len(run) - 1
	for k >= 0 && run[k].words < 4 {
		k--
	}
	if k < 0 || !run[k].titleish {
		return run
	}
	return append(run[:k], run[k+1:]...)
}

// overProse reports whether the block after blocks[j] has the shape of a
// paragraph, good or not: sentences of some length, not a headline.
func overProse(blocks []*block, j int) bool {
	if j+1 >= len(blocks) {
		return false
	}
	b := blocks[j+1]
	return !b.ruled && !b.titleish && b.endsDot && b.size > 100
}

// paragraph reports whether a block is a good paragraph of some length,
// as the text goes on in.
func (b *block) paragraph() bool { return !b.ruled && b.initial == good && b.size > 100 }

// paragraphsOpen reports whether the first two blocks not ruled are good
// paragraphs.
func paragraphsOpen(blocks []*block) bool {
	n := 0
	for _, b := range blocks {
		if b.ruled {
			continue
		}
		if !b.paragraph() {
			return false
		}
		if n++; n == 2 {
			return true
		}
	}
	return false
}

// closingNotice removes what follows a copyright or legal notice that
// stands after most of the text (closingShare of it): the rest of the
// footer, a sign-up box or a subscription dialog that pops up, the
// stories of another site of the group. A photo's credit also reads ©,
// after the caption, and the article may go on under the photo: a notice
// set inside a line counts only when it names the rights, and running
// prose straight after it (within closingReach blocks) keeps the page
// open; the terms of a sign-up dialog further down do not.
func closingNotice(d *document, blocks []*block) {
	total := goodText(blocks, false)
	text := 0
	for i, b := range blocks {
		if b.initial == good {
			text += b.size
		}
		if !b.ruled || b.cat != Legal || b.heading != nil || text*100 < total*closingShare || !notice(d, b) {
			continue
		}
		if proseFollows(d, blocks[i+1:min(len(blocks), i+1+closingReach)]) {
			return
		}
		for _, a := range blocks[i+1:] {
			a.markRuled(d, Legal, "structure: after the closing notice")
		}
		return
	}
}

// notice reports whether a legal block is a notice rather than a photo's
// credit: its rule holds more than a symbol ("©", "(c)"), or the symbol
// opens the line.
func notice(d *document, b *block) bool {
	r := d.lines[b.lines[0]].feat.by
	if r == nil || r.Kind != ContainsRule || utf8.RuneCountInString(r.Pattern) > maxSymbolRule {
		return true
	}
	return strings.HasPrefix(strings.TrimSpace(d.view(b.lines[0])), r.Pattern)
}

// goodFollows reports whether blocks hold a good paragraph before the
// page's legal lines: the paragraphs of small print under a copyright
// line are not the article's.
func goodFollows(blocks []*block) bool {
	for _, b := range blocks {
		if b.ruled && b.cat == Legal {
			return false
		}
		if b.paragraph() {
			return true
		}
	}
	return false
}

// proseFollows reports whether blocks hold two good paragraphs in a row:
// running text, where teasers and comments alternate with short lines.
// An interviewer's short question between two answers does not break the
// row.
func proseFollows(d *document, blocks []*block) bool {
	prev := false
	for _, b := range blocks {
		if b.ruled || prev && b.initial != good && b.size < lengthLow && interviewerAsks(d, b) {
			continue
		}
		cur := b.paragraph()
		if cur && prev {
			return true
		}
		prev = cur
	}
	return false
}

// feedStories removes the stories that follow the text on a page that
// shows a feed of them one after another, as sites that scroll on to the
// next story do: a list of their headlines stands before the text, and
// holds the text's own headline as well as theirs. A live blog's list of
// key moments, which repeats the headlines of its posts, does not hold the
// headline of the blog.
func feedStories(d *document, blocks []*block) {
	const minFeedWords, minFeedStories = 4, 2
	start := firstRun(blocks)
	if start < 0 {
		return
	}
	var listed map[uint64]bool // made for the few documents with a list
	for _, b := range blocks[:start] {
		if b.ruled && len(b.lines) == 1 && d.lines[b.lines[0]].cat == Related {
			if k := d.lines[b.lines[0]].feat.key; k != 0 {
				if listed == nil {
					listed = make(map[uint64]bool)
				}
				listed[k] = true
			}
		}
	}
	if listed == nil {
		return
	}
	repeats := func(b *block) bool {
		return len(b.lines) == 1 && b.headlineShaped() && b.words >= minFeedWords && listed[d.lines[b.lines[0]].feat.key]
	}
	// The text's headline, kept, between the list and the text.
	head := -1
	for i := start - 1; i >= 0 && head < 0; i-- {
		if b := blocks[i]; !b.ruled && b.cls == good && repeats(b) {
			head = i
		}
	}
	if head < 0 {
		return
	}
	// Other headlines of the list, two or more, head stories after the
	// text; the text's headline said again (over its comments) is none,
	// nor is a list of the headlines alone.
	delete(listed, d.lines[blocks[head].lines[0]].feat.key)
	first := -1
	words := [][]string{topicWords(d.view(blocks[head].lines[0]), nil)} // the headline's, then each story's
	for i := start + 1; i < len(blocks); i++ {
		if repeats(blocks[i]) && storyUnder(blocks, i) {
			if first < 0 {
				first = i
			}
			delete(listed, d.lines[blocks[i].lines[0]].feat.key)
			words = append(words, topicWords(d.view(blocks[i].lines[0]), nil))
		}
	}
	// A table of contents names the sections of one text: most of its
	// headings share words. A feed's headlines are of many stories.
	pairs := len(words) * (len(words) - 1) / 2
	if len(words)-1 < minFeedStories || relatedPairs(words)*2 >= pairs {
		return
	}
	// The next story starts at its headline, or at the kicker and labels
	// over it, after the last line of the text.
	from := first
	for from > start && !(blocks[from-1].cls == good && !blocks[from-1].ruled) {
		from--
	}
	for _, b := range blocks[from:] {
		b.markRuled(d, Related, "structure: the next stories of a feed")
	}
}

// storyUnder reports whether the headline blocks[i] has a story's text
// under it, past a few lines of date, byline or labels.
func storyUnder(blocks []*block, i int) bool {
	const maxLabels = 4
	for _, b := range blocks[i+1 : min(len(blocks), i+1+maxLabels)] {
		if b.ruled || b.cls != good {
			continue
		}
		return !b.titleish
	}
	return false
}
