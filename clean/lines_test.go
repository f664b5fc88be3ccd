package clean

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// isSectionListSlow is isSectionList written with a plain split and
// strings.Fields: the definition the allocation-free scan must agree with.
func isSectionListSlow(s string) bool {
	if len(s) > 160 {
		return false
	}
	s = strings.TrimSpace(s)
	r, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".!?。！？।۔", r) {
		return false
	}
	// A slash between digits writes a date or a fraction: no separator.
	sep := func(i int, r rune) bool {
		return isListSep(r) && !(r == '/' && i > 0 && i+1 < len(s) && isASCIIDigit(s[i-1]) && isASCIIDigit(s[i+1]))
	}
	var items []string
	start := -1
	seps, pipes := 0, 0
	for i, r := range s {
		if sep(i, r) {
			seps++
			if start >= 0 {
				items, start = append(items, s[start:i]), -1
			}
		} else if start < 0 {
			start = i
		}
		if r == '|' {
			pipes++
		}
	}
	if start >= 0 {
		items = append(items, s[start:])
	}
	if seps < 2 || len(items) < 3 {
		return false
	}
	figures := 0
	for i, it := range items {
		f := strings.Fields(it)
		if !hasLetter(it) {
			if figures++; figures == 2 || strings.Contains(it, "/") {
				return false
			}
		}
		if len(f) == 0 || len(f) > 3 || strings.ContainsAny(it, ":：") {
			return false
		}
		for _, prev := range items[:i] {
			if strings.TrimSpace(prev) == strings.TrimSpace(it) {
				return false
			}
		}
		for k, w := range f {
			if k > 0 && pipes == seps {
				continue // a menu's item capitalises its first word
			}
			if w == "&" || w == "and" || w == "und" || w == "et" || w == "y" || w == "e" || w == "и" || w == "ve" {
				continue
			}
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !(unicode.IsLetter(r) && !unicode.IsLower(r)) {
				return false
			}
		}
	}
	return true
}

// lineCase is a line and whether a test of lines should hold for it.
type lineCase struct {
	in   string
	want bool
}

// checkLines runs the test of lines named name over every case.
func checkLines(t *testing.T, name string, test func(string) bool, cases []lineCase) {
	t.Helper()
	for _, tt := range cases {
		if got := test(tt.in); got != tt.want {
			t.Errorf("%s(%q) = %v, want %v", name, tt.in, got, tt.want)
		}
	}
}

func TestIsSpacedMenu(t *testing.T) {
	checkLines(t, "isSpacedMenu", isSpacedMenu, []lineCase{
		{"学会简介 历史沿革 学会章程 组织机构 现任理事 历届领导 大事记", true},
		{"活动报道 机构建设 平台搭建 品牌活动 《国情与发展》专辑", true},
		{"ホーム ニュース スポーツ エンタメ", true},
		{"工作动态 学界动态 承能服务", false},                                   // three may be a headline's parts
		{"米朝首脳直通電話 習氏に挑むトランプ戦術の成否", false},                          // a headline in two parts
		{"中国地理学会 2019年 人文地理学术年会 在重庆举行", false},                      // digits: no menu's names
		{"香港行政长官梁振英在各方压力下就其大宅的违章建筑问题公开道歉 并接受公众监督 表示歉意 以示负责", false}, // a sentence's clause runs long
		{"우리 동네 소식 오늘 날씨", false},                                   // Korean spaces its words
		{"Home News Sport Business", false},
	})
}

func TestIsGluedMenu(t *testing.T) {
	checkLines(t, "isGluedMenu", isGluedMenu, []lineCase{
		{"El paísEconomíaSociedadEspectáculosDeportesCienciaEl mundoEdición impresa", true},
		{"HomeNewsSportBusinessCulture", true},
		{"Principal/DiarioCashEngancheRadarTurismoRadar LibrosNOSoyLas12", true},
		// Names with capitals inside are no glued menu.
		{"Apple shows the new iPhone, iPad and iMac to reporters in Cupertino", false},
		{"Tickets for WordPress, JavaScript and GitHub meetups went on sale", false},
		{"McDonald's and PlayStation join the YouTube campaign", false},
		// A headline glued to its summary is one join, not a menu.
		{"Chile y la economía bimonetariaDebate a partir de las definiciones", false},
	})
}

func TestQuotedTitle(t *testing.T) {
	checkLines(t, "quotedTitle", quotedTitle, []lineCase{
		{`Felix Neureuther vor der Ski-WM: "Ich denke von Rennen zu Rennen."`, true},
		{`Macron : « Nous ne céderons pas. »`, true},
		{`Mayor: ‘The buses will come back.’`, true},
		// Prose quotes longer, or more than a sentence.
		{`American novelist Thomas Pynchon once wrote: “If you can get people to ask the wrong questions, you don’t have to worry about the answers.”`, false},
		{`Mayor: "The buses will come back. The money is there."`, false},
		{`The mayor of the small village in the valley said this week: "Yes."`, false},
		{`Mayor: the buses will come back.`, false},
	})
}

func TestIsSectionList(t *testing.T) {
	checkLines(t, "isSectionList", isSectionList, []lineCase{
		{"Politics, World, Americas, Middle East", true},
		{"Home | News | Sport", true},
		{"Home » Business and Finance › Markets", true},
		{"Home | News", false},
		{"Home | News | Sport.", false},
		{"Home | latest news | Sport", false},
		{"Trang chủ | Thời sự | Thế giới | Kinh doanh", true},
		{"» Über uns » Aktivitäten » FAQ » AGB's » Datenschutz » Impressum » Kontakt", true},
		{"Über uns • Aktivitäten • FAQ • Impressum", true},
		{"Home » Über uns", false},                       // a trail: its steps are capitalised
		{"Über uns, Aktivitäten, FAQ, Impressum", false}, // between commas, a sentence's words may be in lower case
		{"Home, Latest news, Sport", false},
		{"Home | News | Sport | Our Very Long Section", false},
		{"Home |  | News | Sport", false},
		{"Home | \u00a0 | News | Sport", false},
		{"新闻 | 体育 | 财经", true},
		{"Übung, Übung, Übung", false},                       // a refrain: a menu names each section once
		{"Verdicker/Basisöl: Li-Seifen/Mineralöl", false},    // a field of a data sheet
		{"Author(s): Ecker, Marc; Dietz, Michael J.", false}, // a label
		{"Untung bersih | 86.4 | 65.6 | 31.7", false},        // a row of a table
		{"Home | News | 2024", true},
		{"JRA競走に勝ったセール出身馬紹介(2020/7/11-12､ダノンスプレンダーなど)", false}, // a headline with a date
		{"Spor / Futbol / Süper Lig", true},
		{"By Andrea Wolf, Globe Correspondent, 6/20/04", false}, // a byline and its date
		{"售價：256GB版49,900元、512GB版54,900元", false},               // a field, with a full-width colon
		{"当日有権者数は7万6,650人。期日前投票をした人は1万2,804人で、前回より約2千人増えた。", false}, // a sentence
	})
}

func TestIsSectionMenu(t *testing.T) {
	menu := func(s string) bool {
		_, closed, _ := foldLine(s, nil)
		return isSectionMenu(closed)
	}
	checkLines(t, "isSectionMenu", menu, []lineCase{
		{"Startseite Politik Wirtschaft Panorama Sport Kultur", true},
		{"Home News Sport Business Culture", true},
		{"Trang chủ Thời sự Thế giới Kinh doanh Thể thao", true},
		{"Главная · Политика · Экономика · Спорт", true},
		{"首页 新闻 财经 科技 体育", true},
		{"Home News Sport", false},                                 // three may be a title
		{"Sport and Culture News Today", false},                    // "and", "today" name no section
		{"World leaders meet to discuss the economy", false},       // a headline
		{"Politik Wirtschaft Kultur Sport. Das ist alles.", false}, // a sentence
	})
}

// FuzzIsSectionList checks isSectionList against isSectionListSlow.
func FuzzIsSectionList(f *testing.F) {
	for _, s := range []string{"Politics, World, Americas", "Home | News and Sport | X", "A /B/ C D E / F", " a • B • C ", "\xffA, B, C"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isSectionList(s), isSectionListSlow(s); got != want {
			t.Fatalf("isSectionList(%q) = %v, want %v", s, got, want)
		}
	})
}

func TestIsDateLine(t *testing.T) {
	checkLines(t, "isDateLine", isDateLine, []lineCase{
		{"July 24, 2012 12:11 AM", true},
		{"23 July 2012", true},
		{"Monday, November 01, 2004", true},
		{"16. Juli 2012", true},
		{"06-29-2004, 04:19 AM", true},
		{"3 minutes ago ( 2:23 PM)", true},
		{"4. Jane Doe - October 26, 2012", true},
		{"2016年12月7日 18:47", true},
		{"2024年4月18日 星期四", true}, // one token, three numbers
		{"2024年4月18日（木）", true},
		{"２０２４年４月１８日", true}, // full-width digits make the same three numbers
		{"28 de julho de 2024 · 18:55", true},
		{"5 de marzo de 2024", true},
		{"2024年共有3个项目", false},
		{"16. We Torture (Jan. 5, 2007)", false},
		{"101 Blog Tips I learned in 2006", false},
		{"The bridge opened in 2012", false},
		{"No digits here", false},
		{"Updated: March 3, 2012 at 10:32 a.m.", true},
		{"12. 3. 2024.", true},
		{"В 2023 году родились 1,26 млн детей.", false},
		{"2023年，全国居民人均可支配收入39218元。", false},
		{"2 décembre 2019 : Reportage JT 13 heures de France 2", false}, // a dated entry
		{"Termin: 29.02.2020, 19 Uhr", true},                            // a label, then the date
		{"March 5, 2012: 3 comments", true},
		{"3月份，社会消费品零售总额39020亿元，同比增长3.1%。", false},
		{"同社は2026年までに、電気自動車を年150万台販売する目標を掲げている。", false},
		{"Tel. +81 158-23-2012", false},       // a phone number
		{"December 15, 20163:33 PM ET", true}, // the year run into the hour
		{"Ticket 201633 on 15 May", false},
		{"Order no. 10023, 12 March 2012", false},
		{"5 March at 10:30", true},
		{"5. März um 10:30 Uhr", true},
		{"16:38", true},
		{"14. FC Rheinfelden 25 Spiele, 27:44 Tore, 26 Punkte", false}, // a row of a league table
		{"17. Viktoria Hessberg 25 Spiele, 22:51 Tore, 19 Punkte", false},
		{"Jelovica | 30:29 | Kras Kraška Vas", false},
		{"1 | Rehema Sulle | Tanzania | 2:26:15", false},
		{"Tuesday December 26, 2006 | permalink | comments (0)", true},
		{"Monday | 22:30", true},
		{"Vyloučení: 3:4. Využití: 1:0. Střely na branku: 34:27.", false}, // a score is no time
		{"Perkara | S4 2024 | S4 2023 | Perubahan (%)", false},            // a table's head
		{"项目｜2024年｜2023年｜同比变动", false},
		{"Драгослав Јовичић (1939–2025)", false}, // a life
		{"Updated 2024 · 10:30", true},
		{"14h48", true}, // a live blog's entries
		{"Kl. 22.37", true},
		{"10.58 Uhr", true},
		{"14:05 horas", true},
		{"9 h 20", true},
		{"12.30 Euro", false}, // a price
		{"€12.50", false},
		{"25.48", false},
		{"12.75%", false},
		{"-0.19", false},
	})
}

func TestIsCommenterLine(t *testing.T) {
	checkLines(t, "isCommenterLine", isCommenterLine, []lineCase{
		{"Jerry De Zutter wrote :", true},
		{"Rishil says:", true},
		{"11. Jul, 2012 / The Young Bigmouth says:", true},
		{"Anna a écrit :", true},
		{"Klaus schrieb:", true},
		{"The minister wrote:", true}, // only a thread after a comment heading counts
		{"Rishil says", false},
		{"says:", false},
		{"Paramedics said: ", true},
		{"He said the plan would work:", false},
		{"Essays:", false},
		{strings.Repeat("word ", 30) + "wrote:", false},
	})
}

func TestIsCommentStamp(t *testing.T) {
	checkLines(t, "isCommentStamp", isCommentStamp, []lineCase{
		{"3 hours ago", true},
		{"2 hours ago at 12:02 pm", true},
		{"MA Sullivan • 2 weeks ago", true},
		{"Jane | 5 days ago", true},
		{"vor 3 Stunden", true},
		{"il y a 2 jours", true},
		{"3 saat önce", true},
		{"October 23, 2012 at 9:35 am", true},
		{"Jane Doe · 19. Juni 2018 um 10:12", true},
		{"Soumis par Jane, le lundi 29 octobre 2012 à 15h46", true},
		{"Submitted by Jane Doe on Tue, 10/30/2012 - 11:45", true},
		{"Submitted by the council to the ministry in 2012", false},
		{"3 hours", false},
		{"Rating: 16 Votes", false},
		{"The plan was approved 3 weeks ago by the council", false},
		{"Mayor, council and five other officials • 2 weeks ago", false},
		{strings.Repeat("x", 70) + " • 3 hours ago", false},
	})
}

func TestIsDatedByline(t *testing.T) {
	checkLines(t, "isDatedByline", isDatedByline, []lineCase{
		{"María R. Sahuquillo / Emilio de Benito Madrid 27 OCT 2012 - 12:14 CET", true},
		{"Jane Smith and John Doe, Reuters 12 March 2020 10:30", true},
		{"By Jane Smith | 12 March 2020, 10:30 am", true},
		{"Jane Smith (@JaneSmith) 12 minutes ago Wed 29th April 2020 | 03:32 PM", true},
		{"Jane Smith 3 hours ago 12 March 2020 10:30", true},
		{"Council met 12 days ago and again 12 March 2020 10:30", false},
		{"Kate @ Songs Kate Sang October 26, 2012 at 3:43 am", false}, // a commenter, as blogs head comments
		{"On September 4, 2012 at 10:33 am Jane Doe said:", false},
		{"Jane Doe 12 March 2020 10:30 wrote a reply to the mayor", false},
		{"Jane Smith and John Doe, Reuters", false},
		{"the council met on 12 March 2020 at 10:30", false},
		{"Storm hits the coast 12 March 2020", false},
	})
}

func TestBracketTail(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Głos w obronie Fundacji zabrała również Akcja Katolicka w Polsce. [czytaj więcej]", "Głos w obronie Fundacji zabrała również Akcja Katolicka w Polsce."},
		{"He was born in 1900.[1]", "He was born in 1900."},
		{"\u201cWe will go on.\u201d [H]", "\u201cWe will go on.\u201d"},
		{"Cheapest Islands On The Market For Purchase! [Pics]", "Cheapest Islands On The Market For Purchase! [Pics]"},
		{"I was just wondering which field is better. […]", "I was just wondering which field is better. […]"},
		{"The council met on Monday. [see the full list of the decisions]", "The council met on Monday. [see the full list of the decisions]"},
		{"[1]", "[1]"},
		{"No brackets here.", "No brackets here."},
	}
	for _, tt := range tests {
		if got := bracketTail(tt.in); got != tt.want {
			t.Errorf("bracketTail(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsAgencyCredit(t *testing.T) {
	checkLines(t, "isAgencyCredit", isAgencyCredit, []lineCase{
		{"Chuck Burton/AP", true},
		{"Win McNamee/Getty Images", true},
		{"Mark Lennihan / Bloomberg News", true},
		{"Jane Doe/Supplied Pictures", true},
		{"News/AP", false},
		{"World News/Asia", false},
		{"Chuck Burton/the council", false},
		{"Politics and economy news/AP", false},
	})
}

func TestIsSlideCount(t *testing.T) {
	checkLines(t, "isSlideCount", isSlideCount, []lineCase{
		{"1/3", true},
		{"2 / 12", true},
		{"4 of 12", true},
		{"3 von 10", true},
		{"5 sur 8", true},
		{"3 из 7", true},
		{"1/1", false},
		{"4/3", false},
		{"12/2016", false},
		{"0 of 3", false},
		{"2 of 3 stars", false},
		{"Page 2 of 3", false},
		{"2 off 3", false},
	})
}

func TestLabelledHeadline(t *testing.T) {
	checkLines(t, "labelledHeadline", labelledHeadline, []lineCase{
		{"WATCH: Indonesia frees Bali Nine drug smuggler", true},
		{"Video: Storm hits the coast overnight", true},
		{"Watch: highlights", false},
		{"Watch the video", false},
		{"Watch more of our videos here: all the latest clips", false},
	})
}

func TestIsBreadcrumb(t *testing.T) {
	checkLines(t, "isBreadcrumb", isBreadcrumb, []lineCase{
		{"Accueil › Pays de la Loire › Saint-Aubin-sur-Erdre", true},
		{"Spor / Futbol", true},
		{"Οικονομία › Αγορές", true},
		{"الرئيسية » اقتصاد", true},
		{"스포츠 > 야구", true},
		{"Nyheter · Sundsvall", true},
		{"首页 → 新闻 → 国际", true},
		{"ホーム ＞ ニュース ＞ 経済", true},
		{"“Home” › News", false},
		{"Government approves budget | The Times", false}, // a title and its site
		{"Heizungsgesetz › Was Mieter jetzt wissen müssen", false},
		{"Prices rose 5% / year", false},
		{"and / or", false},
		{"Home › News › 2024", false},
		{"News18 » India", true}, // digits inside a word
		{"F1 › Results", true},
		{"2 / 3", false},
		{"Season 2019 / 2020", false},
		{"Sport", false},
		{"Home › News » Sport", false}, // one kind of separator
	})
}

func TestPhraseSized(t *testing.T) {
	greek := "Ο ιστότοπος χρησιμοποιεί cookies για να σας προσφέρει την καλύτερη δυνατή εμπειρία περιήγησης. Πατώντας «Αποδοχή» συμφωνείτε με τη χρήση τους. Μπορείτε να αλλάξετε τις ρυθμίσεις σας ανά πάσα στιγμή."
	tests := []struct {
		in   string
		want bool
	}{
		{"short", true},
		{greek, true}, // over maxPhraseLine bytes, well under as many characters
		{strings.Repeat("a", maxPhraseLine), true},
		{strings.Repeat("a", maxPhraseLine+1), false},
		{strings.Repeat("ж", maxPhraseLine), true},
		{strings.Repeat("ж", maxPhraseLine+1), false},
		{strings.Repeat("中", maxPhraseLine/3), true}, // a CJK character weighs three
		{strings.Repeat("中", maxPhraseLine/3+1), false},
	}
	for _, tt := range tests {
		if len(tt.in) <= maxPhraseLine && tt.in == greek {
			t.Fatalf("the Greek notice is only %d bytes", len(greek))
		}
		if got := phraseSized(tt.in); got != tt.want {
			t.Errorf("phraseSized(%d bytes, %d runes) = %v, want %v", len(tt.in), utf8.RuneCountInString(tt.in), got, tt.want)
		}
	}
}

// TestLiveTime checks the times of day a live blog sets over its entries.
func TestLiveTime(t *testing.T) {
	checkLines(t, "liveTime", liveTime, []lineCase{
		{"14h48", true},
		{"9 h 20", true},
		{"Kl. 22.37", true},
		{"10.58 Uhr", true},
		{"14:05 horas", true},
		{"12.30 Euro", false}, // a price
		{"14:05 Kilometer", false},
		{"25:10", false},
		{"9 h", false},
		{"2025", false},
	})
}

// TestIsEmail checks that an address alone is one, and a field or a link
// that holds one is not.
func TestIsEmail(t *testing.T) {
	checkLines(t, "isEmail", isEmail, []lineCase{
		{"ana.ruiz@example.com", true},
		{" desk@news.example.co.uk ", true},
		{"Email: desk@example.com", false}, // a field, which rules name
		{"@handle", false},
		{"http://user@example.com/path", false},
		{"Villages win back their bus routes", false},
	})
}
