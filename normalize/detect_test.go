package normalize

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// detCorpus is chardet's test corpus, one folder per encoding, kept beside
// the repository rather than in it.
var detCorpus = filepath.Join("..", "..", "shared", "data", "encodings", "tests")

// detCorpusTruth turns a folder name such as "windows-1250-czech" into the
// encoding name.
var detFolderLang = regexp.MustCompile(`^((?:iso-8859|windows)-\d+)-[a-z]+$`)

func detCorpusTruth(folder string) string {
	if m := detFolderLang.FindStringSubmatch(folder); m != nil {
		return m[1]
	}
	return strings.ToLower(folder)
}

// detSameText reports whether got is right for truth: the same name, or a
// decoding of b identical to the true one.
func detSameText(b []byte, got, truth string) bool {
	if got == detCanonicalName(truth) || got == truth {
		return true
	}
	want, err := DecodeTo(b, truth)
	if err != nil {
		return false
	}
	have, err := DecodeTo(b, got)
	return err == nil && bytes.Equal(have, want)
}

func detCanonicalName(name string) string {
	switch name {
	case "utf-8-sig":
		return detUTF8
	}
	return name
}

func TestDetectCorpus(t *testing.T) {
	folders, err := os.ReadDir(detCorpus)
	if err != nil {
		t.Skipf("corpus absent: %v", err)
	}
	total, right := 0, 0
	var report []string
	for _, f := range folders {
		if !f.IsDir() {
			continue
		}
		truth := detCorpusTruth(f.Name())
		files, _ := os.ReadDir(filepath.Join(detCorpus, f.Name()))
		n, ok := 0, 0
		for _, file := range files {
			b, err := os.ReadFile(filepath.Join(detCorpus, f.Name(), file.Name()))
			if err != nil {
				t.Fatal(err)
			}
			d := Detect(b)
			n++
			if detSameText(b, d.Encoding, truth) {
				ok++
			} else {
				t.Logf("miss %s/%s: %s %.2f", f.Name(), file.Name(), d.Encoding, d.Confidence)
			}
		}
		total += n
		right += ok
		report = append(report, f.Name()+": "+itoa(ok)+"/"+itoa(n))
	}
	sort.Strings(report)
	t.Logf("per folder:\n%s", strings.Join(report, "\n"))
	acc := float64(right) / float64(total)
	t.Logf("accuracy %d/%d = %.3f", right, total, acc)
	if acc < 0.95 {
		t.Errorf("accuracy %.3f below 0.95", acc)
	}
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}

// detSentences are a few sentences of news prose per language, written for
// these tests. Each is encoded into the legacy encodings of its language.
var detSentences = map[string]string{
	"en":           "The council said on Tuesday that the new bridge would open in spring. “We’re confident it’ll be worth the wait,” the mayor told reporters — adding that costs had risen by 12%.",
	"fr":           "Le gouvernement a annoncé mercredi une réforme des retraites très contestée. Les syndicats, réunis à Paris, ont dénoncé « un passage en force » et appellent à la grève dès la semaine prochaine.",
	"de":           "Die Regierung hat am Donnerstag ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen. Kritiker bemängeln, dass die Maßnahmen für Bürger und Unternehmen zu spät kämen.",
	"es":           "El presidente anunció el miércoles un plan de inversión para la región. Según el ministerio, la obra comenzará en otoño y generará más de dos mil empleos en los próximos años.",
	"pt":           "O governo aprovou ontem uma nova lei sobre a educação pública. As organizações de professores afirmaram que a decisão não resolve os problemas estruturais das escolas do país.",
	"it":           "Il consiglio comunale ha approvato giovedì il bilancio della città. Secondo il sindaco, le nuove misure porteranno più servizi ai cittadini e ridurranno il debito entro tre anni.",
	"sv":           "Regeringen meddelade på måndagen att skatten på bränsle sänks från årsskiftet. Oppositionen kritiserar förslaget och menar att det gynnar storstäderna mer än glesbygden.",
	"pl":           "Rząd przyjął we wtorek projekt ustawy o ochronie środowiska. Według ministra zmiany pozwolą ograniczyć zanieczyszczenie powietrza w największych miastach już w przyszłym roku.",
	"cs":           "Vláda ve středu schválila návrh zákona o státním rozpočtu. Podle ministra financí se schodek příští rok výrazně sníží, opozice však varuje před dopady na důchodce a rodiny s dětmi.",
	"sk":           "Parlament v utorok schválil novelu zákona o verejnom obstarávaní. Podľa opozície však zmeny neodstránia korupciu a štát bude naďalej prichádzať o peniaze daňových poplatníkov.",
	"hu":           "A kormány szerdán bejelentette, hogy jövőre emelkednek a nyugdíjak. Az ellenzék szerint az intézkedés nem ellensúlyozza az árak növekedését, különösen az élelmiszerek esetében.",
	"hr":           "Vlada je u četvrtak usvojila prijedlog zakona o porezu na dohodak. Prema riječima ministra, građani će od sljedeće godine plaćati manje, a najviše će uštedjeti obitelji s djecom.",
	"sl":           "Vlada je v sredo sprejela predlog zakona o zdravstvenem zavarovanju. Po besedah ministrice bodo čakalne dobe krajše, sindikati pa opozarjajo, da v bolnišnicah še vedno primanjkuje zdravnikov.",
	"ro":           "Guvernul a aprobat marţi un nou pachet de măsuri fiscale. Potrivit ministrului, veniturile bugetare vor creşte anul viitor, iar pensiile vor fi majorate începând cu luna ianuarie.",
	"ro-comma":     "Guvernul a aprobat marți un nou pachet de măsuri fiscale. „Veniturile vor crește”, a declarat ministrul, iar pensiile vor fi majorate începând cu luna ianuarie.",
	"eo":           "La registaro anoncis ĵaŭde novan leĝon pri la ŝtata buĝeto. Laŭ la ministro, la ŝanĝoj helpos malpliigi la deficiton kaj ĉiuj civitanoj profitos el ĝi.",
	"cy":           "Cyhoeddodd y cyngor ddydd Mawrth y bydd tŷ newydd a chronfa dŵr yn cael eu hadeiladu ger yr afon. Dywedodd y maer fod y cynllun yn hanfodol i'r dref a'i thrigolion. Mae'r ŵyl yn denu miloedd o bobl at lan y dŵr, ac mae pob tŷ yn y pentref yn llawn.",
	"lt":           "Vyriausybė trečiadienį pritarė naujam mokesčių įstatymo projektui. Pasak ministro, pokyčiai padės sumažinti šešėlinę ekonomiką ir padidins biudžeto pajamas kitais metais.",
	"lv":           "Valdība otrdien apstiprināja jauno nodokļu likuma grozījumu projektu. Pēc ministra teiktā, izmaiņas palīdzēs samazināt ēnu ekonomiku un palielinās budžeta ieņēmumus nākamgad.",
	"et":           "Valitsus kiitis neljapäeval heaks uue maksuseaduse eelnõu. Ministri sõnul aitavad muudatused vähendada varimajandust ning suurendavad järgmisel aastal riigieelarve tulusid.",
	"tr":           "Hükümet çarşamba günü yeni bir ekonomik paket açıkladı. Bakanın açıklamasına göre vergi düzenlemesi küçük işletmeleri rahatlatacak ve gelecek yıl işsizliğin azalmasına yardımcı olacak.",
	"ru":           "Правительство в среду одобрило проект закона о государственном бюджете. По словам министра финансов, дефицит в следующем году заметно сократится, однако оппозиция предупреждает о росте цен.",
	"uk":           "Уряд у середу схвалив законопроєкт про державний бюджет. За словами міністра фінансів, дефіцит наступного року помітно скоротиться, проте опозиція застерігає від зростання цін на їжу.",
	"bg":           "Правителството одобри в сряда проекта на закон за държавния бюджет. Според министъра на финансите дефицитът ще намалее значително през следващата година, но опозицията е против.",
	"be":           "Урад у сераду ўхваліў праект закона аб дзяржаўным бюджэце. Па словах міністра фінансаў, дэфіцыт у наступным годзе істотна скароціцца, аднак апазіцыя папярэджвае пра рост цэн.",
	"sr":           "Влада је у среду усвојила предлог закона о државном буџету. Према речима министра финансија, дефицит ће се следеће године значајно смањити, али опозиција упозорава на раст цена.",
	"mk":           "Владата во среда го усвои предлогот на законот за државниот буџет. Според министерот за финансии, дефицитот значително ќе се намали следната година, но опозицијата предупредува.",
	"el":           "Η κυβέρνηση ενέκρινε την Τετάρτη το νέο νομοσχέδιο για τον κρατικό προϋπολογισμό. Σύμφωνα με τον υπουργό Οικονομικών, το έλλειμμα θα μειωθεί σημαντικά τον επόμενο χρόνο.",
	"he":           "הממשלה אישרה ביום רביעי את הצעת החוק לתקציב המדינה. לדברי שר האוצר, הגירעון יקטן באופן משמעותי בשנה הבאה, אך האופוזיציה מזהירה מפני עלייה במחירים.",
	"ar":           "وافقت الحكومة يوم الأربعاء على مشروع قانون الموازنة العامة للدولة. وقال وزير المالية إن العجز سينخفض بشكل ملحوظ في العام المقبل، لكن المعارضة حذرت من ارتفاع الأسعار.",
	"fa":           "دولت روز چهارشنبه لایحه بودجه کشور را تصویب کرد. به گفته وزیر اقتصاد، کسری بودجه در سال آینده به طور قابل توجهی کاهش خواهد یافت، اما مخالفان نسبت به افزایش قیمت‌ها هشدار دادند.",
	"th":           "รัฐบาลอนุมัติร่างกฎหมายงบประมาณแผ่นดินเมื่อวันพุธ รัฐมนตรีว่าการกระทรวงการคลังกล่าวว่าการขาดดุลจะลดลงอย่างมากในปีหน้า แต่ฝ่ายค้านเตือนว่าราคาสินค้าจะสูงขึ้น",
	"vi":           "Chính phủ đã thông qua dự thảo luật ngân sách nhà nước vào thứ Tư. Theo Bộ trưởng Tài chính, thâm hụt sẽ giảm đáng kể trong năm tới, nhưng phe đối lập cảnh báo giá cả sẽ tăng.",
	"ja-halfwidth": "ｺﾝﾋﾟｭｰﾀｰのｿﾌﾄｳｪｱを更新しました。システムは自動的に再起動します。ﾃﾞｰﾀは保存されています。",
	"ja":           "政府は水曜日、国の予算に関する法案を承認した。財務大臣によると、来年の赤字は大幅に減少する見込みだが、野党は物価の上昇について警告している。",
	"zh-hans":      "政府周三批准了国家预算法草案。财政部长表示，明年的赤字将大幅减少，但反对派警告说物价将会上涨，普通家庭的生活压力会进一步加大。",
	"zh-hant":      "政府週三批准了國家預算法草案。財政部長表示，明年的赤字將大幅減少，但反對派警告說物價將會上漲，普通家庭的生活壓力會進一步加大。",
	"ko":           "정부는 수요일 국가 예산 법안을 승인했다. 재무부 장관에 따르면 내년 적자는 크게 줄어들 것으로 예상되지만, 야당은 물가 상승에 대해 경고하고 있다.",
}

// detCases lists, per encoding, the languages whose sentences it must detect.
var detCases = []struct {
	enc   string
	langs []string
}{
	{"windows-1252", []string{"en", "fr", "de", "es", "pt", "it", "sv"}},
	{"iso-8859-1", []string{"fr", "de", "es", "pt", "it", "sv"}},
	{"iso-8859-15", []string{"fr", "de", "et"}},
	{"macintosh", []string{"fr", "de", "es"}},
	{"windows-1250", []string{"pl", "cs", "sk", "hu", "hr", "sl", "ro"}},
	{"iso-8859-2", []string{"pl", "cs", "sk", "hu", "hr", "sl", "ro"}},
	{"iso-8859-16", []string{"ro-comma"}},
	{"iso-8859-3", []string{"eo"}},
	{"iso-8859-14", []string{"cy"}},
	{"windows-1257", []string{"lt", "lv", "et"}},
	{"iso-8859-13", []string{"lt", "lv"}},
	{"windows-1254", []string{"tr"}},
	{"iso-8859-9", []string{"tr"}},
	{"windows-1251", []string{"ru", "uk", "bg", "be", "sr", "mk"}},
	{"koi8-r", []string{"ru", "bg"}},
	{"koi8-u", []string{"uk"}},
	{"iso-8859-5", []string{"ru", "bg", "sr", "mk"}},
	{"ibm866", []string{"ru", "bg"}},
	{"x-mac-cyrillic", []string{"ru", "uk", "bg"}},
	{"ibm855", []string{"ru", "bg"}},
	{"windows-1253", []string{"el"}},
	{"iso-8859-7", []string{"el"}},
	{"windows-1255", []string{"he"}},
	{"iso-8859-8", []string{"he"}},
	{"windows-1256", []string{"ar", "fa"}},
	{"iso-8859-6", []string{"ar"}},
	{"windows-874", []string{"th"}},
	{"windows-1258", []string{"vi"}},
	{"shift_jis", []string{"ja", "ja-halfwidth"}},
	{"euc-jp", []string{"ja"}},
	{"iso-2022-jp", []string{"ja"}},
	{"gb18030", []string{"zh-hans"}},
	{"gbk", []string{"zh-hans"}},
	{"hz-gb-2312", []string{"zh-hans"}},
	{"big5", []string{"zh-hant"}},
	{"euc-kr", []string{"ko"}},
	{"utf-8", []string{"en", "ru", "ja", "zh-hans", "ko", "ar"}},
	{"utf-16le", []string{"en", "ru", "ja", "ko", "zh-hans", "zh-hant", "el", "ar", "th", "he"}},
	{"utf-16be", []string{"en", "ru", "ja", "ko", "zh-hans", "zh-hant", "el", "ar", "th", "he"}},
	{"utf-32le", []string{"en", "el"}},
	{"utf-32be", []string{"en", "el"}},
}

// detEncode encodes text into enc, failing the test if it cannot.
func detEncode(t testing.TB, text, enc string) []byte {
	t.Helper()
	if enc == "windows-1258" {
		return detEncode1258(t, text)
	}
	if enc == "windows-1256" {
		text = strings.ReplaceAll(text, "ی", "ي") // as Persian was written in it
	}
	e, err := Lookup(enc)
	if err != nil {
		t.Fatal(err)
	}
	b, err := e.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatalf("encoding %.20q... as %s: %v", text, enc, err)
	}
	return b
}

// detEncode1258 writes Vietnamese the way windows-1258 does: letters with
// their vowel marks precomposed where the code page has them, tone marks as
// separate combining characters.
func detEncode1258(t testing.TB, text string) []byte {
	t.Helper()
	tones := "\u0300\u0301\u0303\u0309\u0323"
	var out []byte
	for _, r := range text {
		if b, ok := charmap.Windows1258.EncodeRune(r); ok {
			out = append(out, b)
			continue
		}
		var base, tone []rune
		for _, m := range norm.NFD.String(string(r)) {
			if strings.ContainsRune(tones, m) {
				tone = append(tone, m)
			} else {
				base = append(base, m)
			}
		}
		for _, x := range []rune(norm.NFC.String(string(base)) + string(tone)) {
			b, ok := charmap.Windows1258.EncodeRune(x)
			if !ok {
				t.Fatalf("windows-1258 cannot encode %q", x)
			}
			out = append(out, b)
		}
	}
	return out
}

func TestDetectSentences(t *testing.T) {
	for _, c := range detCases {
		for _, lang := range c.langs {
			t.Run(c.enc+"/"+lang, func(t *testing.T) {
				text := detSentences[lang]
				b := detEncode(t, text, c.enc)
				d := Detect(b)
				got, err := DecodeTo(b, d.Encoding)
				if err != nil {
					t.Fatalf("Detect = %v; decoding: %v", d, err)
				}
				if c.enc == "windows-1256" {
					text = strings.ReplaceAll(text, "ی", "ي")
				}
				if norm.NFC.String(string(got)) != text {
					t.Errorf("Detect = %v, want %s; decodes to %.60q", d, c.enc, got)
				}
				if d.Confidence <= 0 || d.Confidence > 1 {
					t.Errorf("confidence %v out of range", d.Confidence)
				}
			})
		}
	}
}

func TestDetectStructural(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(rng.Uint32())
	}
	highRandom := make([]byte, 4096) // no NULs or controls: only statistics can tell
	for i := range highRandom {
		highRandom[i] = byte(0x80 + rng.IntN(0x80))
	}
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"empty", nil, "ascii"},
		{"ascii", []byte("plain text\n"), "ascii"},
		{"utf-8", []byte("naïve café"), "utf-8"},
		{"utf-8 cut at the end", []byte("naïve café \xe2\x80"), "utf-8"},
		{"utf-8 cut after the lead", []byte("naïve café \xf0"), "utf-8"},
		{"utf-8 with a stray byte", []byte("Bürogebäude für Übergrößen – naïve café \xf8 résumé"), "utf-8"},
		{"latin-1 that is not utf-8", []byte("na\xefve caf\xe9"), "windows-1252"},
		{"utf-8 bom", []byte("\xef\xbb\xbfhello"), "utf-8"},
		{"utf-16le bom", []byte("\xff\xfeh\x00i\x00"), "utf-16le"},
		{"utf-16be bom", []byte("\xfe\xff\x00h\x00i"), "utf-16be"},
		{"utf-32le bom", []byte("\xff\xfe\x00\x00h\x00\x00\x00"), "utf-32le"},
		{"utf-32be bom", []byte("\x00\x00\xfe\xff\x00\x00\x00h"), "utf-32be"},
		{"iso-2022-kr", []byte("\x1b$)C\x0e\x30\x21\x0f ok\n"), "iso-2022-kr"},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary"},
		{"zip", []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"), "binary"},
		{"elf", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00"), "binary"},
		{"gzip", []byte{0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0}, "binary"},
		{"random", random, "binary"},
		{"random high bytes", highRandom, "binary"},
		{"controls", bytes.Repeat([]byte("a\x01\x02\x03b"), 100), "binary"},
		{"nul padding", append(make([]byte, 2000), "<title>not UTF-16</title>"...), "ascii"},
		{"word starting MZ", []byte("MZ is a code on this map.\n"), "ascii"},
		{"tilde brace, not hz", []byte("In TeX, write a~{b} for a tie.\n"), "ascii"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := Detect(tt.in); d.Encoding != tt.want {
				t.Errorf("Detect = %v, want %s", d, tt.want)
			}
		})
	}
}

func TestDetectHTML(t *testing.T) {
	ru := detEncode(t, detSentences["ru"], "koi8-r")
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"meta charset agrees", detHTMLPage(`<meta charset="koi8-r">`, ru), "koi8-r"},
		{"http-equiv agrees", detHTMLPage(`<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">`, ru), "koi8-r"},
		{"declaration contradicted", detHTMLPage(`<meta charset="iso-8859-1">`, ru), "koi8-r"},
		{"utf-8 declared, bytes not utf-8", detHTMLPage(`<meta charset="utf-8">`, ru), "koi8-r"},
		{"ascii bytes, declared cyrillic", detHTMLPage(`<meta charset="windows-1251">`, []byte("hello")), "windows-1251"},
		{"alias canonicalised", detHTMLPage(`<meta charset="cp1251">`, []byte("hello")), "windows-1251"},
		{"no declaration", detHTMLPage(``, ru), "koi8-r"},
		{"xml declaration", append([]byte(`<?xml version="1.0" encoding="KOI8-R"?><a>`), ru...), "koi8-r"},
		{"bom wins", append([]byte("\xef\xbb\xbf"), detHTMLPage(`<meta charset="koi8-r">`, []byte("h\xc3\xa9"))...), "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := DetectHTML(tt.in); d.Encoding != tt.want {
				t.Errorf("DetectHTML = %v, want %s", d, tt.want)
			}
		})
	}
}

func detHTMLPage(meta string, body []byte) []byte {
	page := []byte("<!DOCTYPE html><html><head>" + meta + "<title>t</title></head><body><p>")
	return append(append(page, body...), "</p></body></html>"...)
}

func TestDetValidUTF8(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", true},
		{"abc", true},
		{"é", true},
		{"\xc3", true},         // cut two-byte sequence
		{"\xe2\x82", true},     // cut three-byte sequence
		{"\xf0\x9f\x98", true}, // cut four-byte sequence
		{"\xe0\x80", false},    // overlong even when cut
		{"\xed\xa0", false},    // surrogate even when cut
		{"\xf5", false},        // not a lead byte
		{"\x80", false},        // stray continuation
		{"\xc3abc", false},     // bad sequence before the end
		{"a\xf4\x90", false},   // above U+10FFFF
	}
	for _, tt := range tests {
		if got := detValidUTF8([]byte(tt.in)); got != tt.want {
			t.Errorf("detValidUTF8(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// detNames is every name Detect may report.
func detNames() map[string]bool {
	names := map[string]bool{detBinary: true, detASCII: true, detUTF8: true, "utf-16le": true,
		"utf-16be": true, "utf-32le": true, "utf-32be": true, "iso-2022-jp": true,
		"iso-2022-kr": true, "hz-gb-2312": true}
	for _, c := range detCandidates() {
		names[c.name] = true
	}
	return names
}

func FuzzDetect(f *testing.F) {
	for _, s := range detSentences {
		f.Add([]byte(s))
	}
	f.Add(detEncode(f, detSentences["ru"], "koi8-r"))
	f.Add(detEncode(f, detSentences["ja"], "shift_jis"))
	f.Add(detEncode(f, detSentences["ko"], "euc-kr"))
	f.Add(detEncode(f, detSentences["en"], "utf-16le"))
	f.Add([]byte("\x1b$)C\x0e\x30\x21\x0f"))
	f.Add([]byte("\x89PNG\r\n\x1a\n"))
	names := detNames()
	f.Fuzz(func(t *testing.T, b []byte) {
		d, h := Detect(b), DetectHTML(b)
		if !names[d.Encoding] {
			t.Fatalf("Detect: unknown encoding %q", d.Encoding)
		}
		for _, d := range []Detection{d, h} {
			if d.Confidence < 0 || d.Confidence > 1 {
				t.Fatalf("confidence %v", d.Confidence)
			}
			out, err := DecodeTo(b, d.Encoding)
			if d.Encoding == detBinary {
				if err == nil {
					t.Fatal("binary input decoded")
				}
				continue
			}
			if err != nil {
				t.Fatalf("%s: %v", d.Encoding, err)
			}
			if !utf8.Valid(out) {
				t.Fatalf("%s: invalid UTF-8 out", d.Encoding)
			}
			if d.Encoding == detUTF8 && utf8.Valid(b) && !bytes.Equal(out, bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))) {
				t.Fatal("valid UTF-8 changed by decoding")
			}
		}
	})
}

func benchDetect(b *testing.B, in []byte) {
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		Detect(in)
	}
}

func BenchmarkDetectUTF8(b *testing.B) {
	seeds, _ := filepath.Glob(filepath.Join("..", "seeds", "*"))
	var in []byte
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err == nil {
			in = append(in, data...)
		}
	}
	if len(in) == 0 {
		b.Skip("no seeds")
	}
	for len(in) < 1<<20 {
		in = append(in, in...)
	}
	benchDetect(b, in)
}

// detRepeat encodes a sentence repeatedly into about n bytes of enc.
func detRepeat(b *testing.B, lang, enc string, n int) []byte {
	one := detEncode(b, detSentences[lang]+"\n", enc)
	return bytes.Repeat(one, n/len(one)+1)
}

func BenchmarkDetectWindows1251(b *testing.B) {
	benchDetect(b, detRepeat(b, "ru", "windows-1251", 64<<10))
}
func BenchmarkDetectWindows1252(b *testing.B) {
	benchDetect(b, detRepeat(b, "fr", "windows-1252", 64<<10))
}
func BenchmarkDetectShiftJIS(b *testing.B)   { benchDetect(b, detRepeat(b, "ja", "shift_jis", 64<<10)) }
func BenchmarkDetectShortKOI8R(b *testing.B) { benchDetect(b, detRepeat(b, "ru", "koi8-r", 1)) }

var detUpdate = flag.Bool("update-detect", false, "rewrite testdata/detect/golden.txt")

// TestDetectGolden detects every fixture in testdata/detect, HTML and XML
// through DetectHTML, and compares with golden.txt.
func TestDetectGolden(t *testing.T) {
	dir := filepath.Join("testdata", "detect")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got strings.Builder
	for _, e := range entries {
		if e.Name() == "golden.txt" {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		d := Detect(b)
		if ext := filepath.Ext(e.Name()); ext == ".html" || ext == ".xml" {
			d = DetectHTML(b)
		}
		got.WriteString(e.Name() + ": " + d.Encoding + "\n")
	}
	golden := filepath.Join(dir, "golden.txt")
	if *detUpdate {
		if err := os.WriteFile(golden, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != string(want) {
		t.Errorf("detections differ from %s:\n got:\n%s\nwant:\n%s", golden, got.String(), want)
	}
}

// TestDetectConcurrent runs detection from several goroutines, as the
// command does; with -race it checks that the lazily built models are safe.
func TestDetectConcurrent(t *testing.T) {
	inputs := [][]byte{
		detEncode(t, detSentences["ru"], "koi8-r"),
		detEncode(t, detSentences["ja"], "shift_jis"),
		detEncode(t, detSentences["fr"], "windows-1252"),
	}
	want := []string{"koi8-r", "shift_jis", "windows-1252"}
	done := make(chan error)
	for g := range 4 {
		go func() {
			for i := range 20 {
				k := (g + i) % len(inputs)
				if d := Detect(inputs[k]); d.Encoding != want[k] {
					done <- fmt.Errorf("Detect = %v, want %s", d, want[k])
					return
				}
			}
			done <- nil
		}()
	}
	for range 4 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
