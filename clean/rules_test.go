package clean

import (
	"fmt"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

func TestParseRules(t *testing.T) {
	tests := []struct {
		name, in string
		want     int    // rules parsed
		err      string // error text, when one is expected
	}{
		{"empty", "", 0, ""},
		{"comments and blanks", "# c\n\n[ad]\n# d\nline sponsored\n", 1, ""},
		{"every kind", "[share]\nline a b\nprefix c\ncontains d\nheading e\nlabel i\nre ^f$\nsentence G h.\nlong ^FILE —\n", 8, ""},
		{"bad long", "[caption]\nlong (?<x\n", 0, "line 2: error parsing regexp"},
		{"heading regexp", "[byline]\nheading /^About \\p{Lu}\\w+$/\n", 1, ""},
		{"bad heading regexp", "[byline]\nheading /(/\n", 0, "line 2: error parsing regexp"},
		{"sentence regexp", "[promo]\nsentence /The post .+ appeared first on .+$/\n", 1, ""},
		{"bad sentence regexp", "[promo]\nsentence /(/\n", 0, "line 2: error parsing regexp"},
		{"no section", "line share\n", 0, "line 1: rule before any [category] section"},
		{"unknown category", "[ads]\n", 0, `line 1: unknown category "ads"`},
		{"unclosed section", "[ad\n", 0, "line 1: section header"},
		{"unknown kind", "[ad]\n\nword x\n", 0, `line 3: unknown rule kind "word"`},
		{"no pattern", "[ad]\nline\n", 0, "line 2: line rule without a pattern"},
		{"bad regexp", "[ad]\nre (\n", 0, "line 2: error parsing regexp"},
		{"no letters", "[ad]\nline 123\n", 0, `line 2: pattern "123" has no letters`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rules, err := ParseRules(strings.NewReader(tt.in))
			if tt.err != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.err) {
					t.Fatalf("err = %v, want prefix %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(rules) != tt.want {
				t.Fatalf("got %d rules, want %d", len(rules), tt.want)
			}
		})
	}
}

func TestBuiltinRulesParse(t *testing.T) {
	rules := builtinSet(t)
	cats := map[Category]bool{}
	for _, r := range rules {
		cats[r.Category] = true
	}
	for _, c := range []Category{Ad, Promo, Related, Share, Comment, Cookie, Legal, Navigation, Media, Caption, Credit, Byline, Date} {
		if !cats[c] {
			t.Errorf("no built-in rule for %s", c)
		}
	}
	// A long rule that ignores case costs every line of every document a
	// folded copy; the built-in ones spell out their cases.
	if m := newMatcher(rules); !m.longFold.empty() {
		t.Error("a built-in long rule ignores case")
	}
}

// TestBuiltinWordBoundaries checks that no built-in pattern sets \b next
// to a letter outside ASCII: Go's \b is an ASCII word boundary, so
// "\bкуки\b" never matches, and the rule fails without a sign.
func TestBuiltinWordBoundaries(t *testing.T) {
	rules := builtinSet(t)
	for _, r := range rules {
		if r.Kind != RegexpRule && r.Kind != LongRule || !strings.Contains(r.Pattern, `\b`) {
			continue
		}
		re, err := syntax.Parse(r.Pattern, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if bad := wideBoundary(re.Simplify()); bad != "" {
			t.Errorf("%s: \\b next to %q", r.String(), bad)
		}
	}
}

// wideBoundary returns a literal of re that a \b touches and that starts
// or ends with a letter outside ASCII, or "".
func wideBoundary(re *syntax.Regexp) string {
	edges := func(sub *syntax.Regexp, first bool) []rune {
		var out []rune
		var walk func(*syntax.Regexp)
		walk = func(x *syntax.Regexp) {
			switch x.Op {
			case syntax.OpLiteral:
				if first {
					out = append(out, x.Rune[0])
				} else {
					out = append(out, x.Rune[len(x.Rune)-1])
				}
			case syntax.OpAlternate:
				for _, s := range x.Sub {
					walk(s)
				}
			case syntax.OpCapture:
				walk(x.Sub[0])
			case syntax.OpConcat:
				if first {
					walk(x.Sub[0])
				} else {
					walk(x.Sub[len(x.Sub)-1])
				}
			}
		}
		walk(sub)
		return out
	}
	if re.Op == syntax.OpConcat {
		for i, s := range re.Sub {
			if s.Op != syntax.OpWordBoundary {
				continue
			}
			var touched []rune
			if i > 0 {
				touched = append(touched, edges(re.Sub[i-1], false)...)
			}
			if i+1 < len(re.Sub) {
				touched = append(touched, edges(re.Sub[i+1], true)...)
			}
			for _, r := range touched {
				if r >= utf8.RuneSelf && unicode.IsLetter(r) {
					return string(r)
				}
			}
		}
	}
	for _, s := range re.Sub {
		if bad := wideBoundary(s); bad != "" {
			return bad
		}
	}
	return ""
}

// body is article text that surrounds each case, so that context keeps it.
const body = "The regional government said on Monday that it would spend more on rural bus services over the next three years, after complaints from villages that lost their last connections.\n\n" +
	"Officials said the first new routes would start in the spring, and that the timetables would be drawn up together with the local councils that asked for them.\n\n"

// TestCategories checks one line of each kind of boilerplate, in several
// languages, placed after article text.
func TestCategories(t *testing.T) {
	tests := []struct {
		line string
		want Category
	}{
		{"ADVERTISEMENT", Ad},
		{"Skomentuj wypowiedź", Comment},
		{"weiter lesen", Related},
		{"كلمة السر:", Promo},
		{"معايير المجتمع", Comment},
		{"Entradas recientes", Related},
		{"Senaste inläggen", Related},
		{"최근 글", Related},
		{"Derniers articles de la thématique « Justice / Police / Médias » :", Related},
		{"Komentar Terbaru", Comment},
		{"上一則:騎馬這麼久其實你的鞍子可能都放錯位置了", Navigation},
		{"關鍵字:", Navigation},
		{"其他體育新聞", Related},
		{"Más en El Deporte", Related},
		{"Toggle Conversation tools", Comment},
		{"芸能ニュースランキング", Related},
		{"ランキングをもっと見る", Related},
		{"このプレスリリースには、メディア関係者向けの情報があります。", Promo},
		{"フォロワー(5)もっと見る", Promo},
		{"READ THE REST", Related},
		{"Filed to: donald trump", Navigation},
		{"Artikel empfehlen:", Share},
		{"سایر اخبار مهم", Related},
		{"En continu", Related},
		{"درج نظر الزامی میباشد", Comment},
		{"Komentarze (5) - Romantyczne stylizacje z mody ulicznej", Comment},
		{"Podobne do Urodzić w galerii", Related},
		{"Новости на подобную тему", Related},
		{"ΤΕΛΕΥΤΑΙΑ ΝΕΑ", Related},
		{"0 nie oceniono 0", Comment},
		{"5.00/3 OCEN", Comment},
		{"Strona 1 z 4", Navigation},
		{"Всего сообщений: 0", Comment},
		{"Версия для печати", Share},
		{"Your submission didn’t go through. Please try again.", Promo},
		{"8 τροφές που βελτιώνουν την εμφάνισή σου (08/12 - 16:34)", Related},
		{"Please enable JavaScript to use this site.", Promo},
		{"Twoja przeglądarka nie ma włączonej obsługi JavaScript", Promo},
		{"Je gebruikt een adblocker. Wij kunnen onze artikelen alleen gratis toegankelijk maken dankzij advertenties.", Promo},
		{"Choose the plan that's right for you.", Promo},
		{"开心网", Share},
		{"Leave this field blank", Comment},
		{"All comments must follow the site's comment policy and will be moderated before posting.", Comment},
		{"Rating: 16 Votes", Comment},
		{"10 réactions", Comment},
		{"Свидетельство о регистрации СМИ Эл № ФС77-77908 от 19 февраля 2020 года", Legal},
		{"Отдельные публикации могут содержать информацию, не предназначенную для пользователей до 16 лет.", Legal},
		{"Имя (обязательно)", Comment},
		{"E-Mail (не публикуется)", Comment},
		{"[Символов: 0 из 500]Правила размещения", Comment},
		{"Читать полностью", Related},
		{"Alte ştiri de Unica.md", Related},
		{"Комментариев: 0", Comment},
		{"Защитный код:", Comment},
		{"Введите код, изображенный на картинке выше.", Comment},
		{"Актуально", Related},
		{"СМИ «example.ru» зарегистрировано в Федеральной службе по надзору в сфере связи, информационных технологий и массовых коммуникаций (Роскомнадзор). Свидетельство о регистрации СМИ Эл № ФС77-12345 от 1 января 2020 года. Главный редактор: Иванов И. И. Адрес редакции: 101000, Москва, ул. Мясницкая, д. 1. Телефон редакции: +7 495 000-00-00. Все права защищены, использование материалов возможно только со ссылкой на источник.", Legal},
		{"Пока никто не оставил здесь свой комментарий.", Comment},
		{"Докажите, что Вы не робот.", Comment},
		{"Топ 5 читаемых", Related},
		{"اضف تعليقاً واقرأ تعليقات القراء", Comment},
		{"View full size image", Media},
		{"Twitter freischalten", Cookie},
		{"Datenschutzeinstellungen verwalten", Cookie},
		{"Hace una hora", Date},
		{"Twój komentarz został przekazany do moderacji.", Comment},
		{"enviar comentário", Comment},
		{"شارك هذا الخبر :", Share},
		{"لا مانع من الاقتباس وإعادة النشر شرط ذكر المصدر", Legal},
		{"При цитировании и использовании каких-либо материалов в Интернете открытые для поисковых систем гиперссылки не ниже первого абзаца на сайт обязательны, кроме того, цитирование переводов материалов иностранных СМИ возможно только при условии гиперссылки на сайт и на сайт иноземного СМИ. Цитирование и использование материалов в офлайн-медиа, мобильных приложениях возможно только с письменного разрешения редакции.", Legal},
		{"qq空间", Share},
		{"联合报书签", Share},
		{"转寄朋友", Share},
		{"Leave this field empty if you're human:", Comment},
		{"Este site é protegido por reCAPTCHA e aplicam-se a Política de Privacidade e os Termos de Serviço do Google.", Comment},
		{"Γράψτε το σχόλιό σας Ακύρωση απάντησης", Comment},
		{"Delen via Whatsapp Delen via Facebook Delen via Twitter", Share},
		{"ページトップへ戻る", Navigation},
		{"6 ZDJĘĆ", Media},
		{"Posted inBrookhaven, DeKalb, News", Navigation},
		{"Get the newsletter that Atlanta is talking about", Promo},
		{"Scrivi alla redazione", Share},
		{"lihat foto", Navigation},
		{"If you found the reporting above valuable, please consider making a donation to support it.", Promo},
		{"* Stock quotes delayed by 10 minutes or more. All information provided is on an as-is basis and for information only; it is not advice to trade, and the publisher accepts no liability for its use.", Legal},
		{"Olá, deixe seu comentário.", Comment},
		{"DİĞER GALERİLER", Related},
		{"TAM EKRAN YAP", Media},
		{"Ok to Email?", Promo},
		{"We are a participant in the Amazon Services LLC Associates Program, an affiliate advertising program.", Legal},
		{"October 26, 2020 AJ Taylor Audio, Local News, Media, News Comments Off on Absentee Ballots Are Slow to Return", Comment},
		{"https://radio.example.com/wp-content/uploads/2020/10/Ballot-interview-1.wav", Media},
		{"Write to the editors", Share},
		{"Copiar enlace", Share},
		{"Copier le lien", Share},
		{"Courriel", Share},
		{"Add to Digg", Share},
		{"Do UOL, em São Paulo", Byline},
		{"Von unserem Korrespondenten in Rom", Byline},
		{"skimming scheme seized cash and cards.jpg", Media},
		{"Bildrechte: Colourbox.de", Credit},
		{"Αποστολή με email", Share},
		{"Προσθήκη στη λίστα ανάγνωσης", Share},
		{"Μικρότερο μέγεθος κειμένου", Share},
		{"ΣΑΣ ΑΡΕΣΕ ΤΟ ΑΡΘΡΟ;", Share},
		{"ΔΗΜΟΦΙΛΕΣΤΕΡΑ", Related},
		{"Next In Business News", Related},
		{"More in Politics", Related},
		{"京ICP备13028878号-6", Legal},
		{"京公网安备11010502032503号", Legal},
		{"互联网新闻信息服务许可证10120170006", Legal},
		{"声明：文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担。", Legal},
		{"Printer-friendly version", Share},
		{"（1/3ページ）", Navigation},
		{"［有料会員限定］ この記事は会員限定です。電子版に登録すると続きをお読みいただけます。", Promo},
		{"Продолжение после рекламы", Ad},
		{"เรื่องที่เกี่ยวข้อง", Related},
		{"为你推荐", Related},
		{"Související", Related},
		{"DW recommends", Related},
		{"Sponsored Articles", Related},
		{"Artículos patrocinados", Related},
		{"Liens sponsorisés", Related},
		{"Gesponserte Artikel", Related},
		{"Aceptar cookies Leer más", Cookie},
		{"Aceitar cookies", Cookie},
		{"▶️ Mantente informado en nuestro canal de Google Noticias", Promo},
		{"Acompanhe o portal no Google Notícias", Promo},
		{"Issued in public interest by HDFC Life. HDFC Life Insurance Company Limited (Formerly HDFC Standard Life Insurance Company Limited)", Ad},
		{"1-min read", Date},
		{"DOTYCZY:", Navigation},
		{"Auf Facebook teilen Auf Twitter teilen Auf Twitter teilen", Share},
		{"Per E-Mail teilen", Share},
		{"Del på Facebook", Share},
		{"Facebook'ta paylaş", Share},
		{"KomentarzeLiczba komentarzy: 6", Comment},
		{"Number of comments: 12", Comment},
		{"Hittat språk- eller faktafel i texten? Skriv och berätta.", Promo},
		{"¿Has encontrado un error en esta noticia?", Promo},
		{"Les dernières actualités", Related},
		{"Qui sommes nous", Legal},
		{"次に読みたい", Related},
		{"今、あなたにオススメ(PR)", Related},
		{"PR注目情報", Ad},
		{"朝日新聞デジタルのトップページへ", Navigation},
		{"意见反馈", Navigation},
		{"Các bài đã đăng", Related},
		{"Gửi phản hồi", Comment},
		{"Что читают", Related},
		{"Berita Terkini", Related},
		{"클릭클릭 많이 본 뉴스", Related},
		{"Please stay on topic, be civil, and be brief.", Comment},
		{"17 svar på ”Att andas i fyrkant”", Comment},
		{"17 комментариев к «Дыхание квадратом»", Comment},
		{"Publicerat i Hälsa, Stretch och rörlighet", Navigation},
		{"Publicerad av Hannas krypin", Byline},
		{"Laddar in …", Media},
		{"Prenumerera på bloggen via e-post", Promo},
		{"Gör som 266 andra, prenumerera du med.", Promo},
		{"Wij zien dat u een adblocker gebruikt die ervoor zorgt dat u geen advertenties ziet.", Promo},
		{"Meest Bekeken Video's", Related},
		{"Sulje valikko", Navigation},
		{"Copyright © 2010/2012 Example.de - Alle Rechte vorbehalten; Example gestattet die Übernahme von Grafiken und Texten in Datenbestände, die ausschließlich für private Zwecke eines Nutzers gedacht sind. Jegliche Weiterverbreitung, Vervielfältigung und Nutzung zu anderen Zwecken als den privaten ist ohne vorherige schriftliche Zustimmung des Herausgebers nicht gestattet, auch nicht in Auszügen.", Legal},
		{"Follow me on Twitter as @mattiasgeniar", Share},
		{"Partage désactivé", Share},
		{"Like this? You might also be interested in...", Related},
		{"More Related to this Story", Related},
		{"No spam. Just some good, practical Linux & open source content.", Promo},
		{"Pour ne rien manquer de l’actualité économique", Promo},
		{"L’espace des contributions est réservé aux abonnés.", Comment},
		{"মন্তব্য ( ২ )", Comment},
		{"মন্তব্য করতে লগইন করুন অথবা নিবন্ধন করুন", Comment},
		{"Videos relacionados", Related},
		{"Most Read Business Stories", Related},
		{"Weitere Videos", Related},
		{"這個類別其他的文章", Related},
		{"發表留言", Comment},
		{"返回首页", Navigation},
		{"Codziennie nowe informacje, analizy, komentarze i przegląd prasy prosto do Twojej skrzynki mailowej.", Promo},
		{"Recibe las noticias más importantes en tu bandeja de entrada.", Promo},
		{"Få de senaste nyheterna direkt i din inkorg.", Promo},
		{"El contenido al que quiere acceder es exclusivo para suscriptores.", Promo},
		{"Questo articolo è riservato agli abbonati.", Promo},
		{"Code embed copié dans le presse-papier", Share},
		{"Link in die Zwischenablage kopiert", Share},
		{"Administratorem danych jest Defence24 Sp. z o.o. Dane osobowe zbierane są wyłącznie w celu przesyłania Newslettera. Dane osobowe będą przetwarzane do czasu wycofania zgody, a po tym czasie przez okres przedawnienia roszczeń. Przysługuje Ci prawo dostępu do danych, ich sprostowania, usunięcia lub ograniczenia przetwarzania.", Cookie},
		{"Il titolare del trattamento dei dati è Example S.r.l., con sede in Milano.", Cookie},
		{"领英分享", Share},
		{"转播到腾讯微博", Share},
		{"精彩视频推荐", Related},
		{"自动播放开关 自动播放", Media},
		{"正在加载...", Media},
		{"我要评论(0)", Comment},
		{"75 with 51 posters participating", Comment},
		{"【美国The Next Web作品的中文相关权益归腾讯公司独家所有。未经授权,不得转载、摘编等。】", Legal},
		{"字号:默认 大 超大 | 打印 |", Share},
		{"Moje konto", Navigation},
		{"Mon compte", Navigation},
		{"마이페이지", Navigation},
		{"Artikel anhören", Promo},
		{"Повідомити про помилку", Promo},
		{"Aller au contenu principal", Navigation},
		{"Wyślij e-mailem", Share},
		{"Stampa articolo", Share},
		{"Pokaż komentarze (12)", Comment},
		{"Фотогалерея", Media},
		{"Avant-hier", Date},
		{"Вчера", Date},
		{"Dernières actus", Related},
		{"资料图：高速公路收费站。金汉昕 摄 图片来源：视觉中国", Caption},
		{"市民在公园里赏花。 图片来源：视觉中国", Caption},
		{"Vielen Dank für Ihre Anmeldung zum Newsletter. Bitte bestätigen Sie Ihre E-Mail-Adresse.", Promo},
		{"Dziękujemy za zainteresowanie naszym newsletterem. Na podany adres została wysłana wiadomość z linkiem aktywacyjnym.", Promo},
		{"Дякуємо за підписку!", Promo},
		{"EN", Navigation},
		{"Laden Sie unsere App herunter", Promo},
		{"Załaduj więcej komentarzy", Comment},
		{"Verder lezen", Related},
		{"Bizi Instagram'da takip edin", Share},
		{"0 of 1500 characters", Comment},
		{"250 characters remaining", Comment},
		{"Подтверждаю что я прочитал Правила размещения комментариев и согласен с ними", Comment},
		{"ANASAYFAYA DÖNMEK İÇİN TIKLAYINIZ", Navigation},
		{"(MORE: 'Laughter Shocks': 13 Best Tweets About the East Coast Earthquake)", Related},
		{"El paísEconomíaSociedadEspectáculosDeportesCienciaEl mundoEdición impresa", Navigation},
		{"Editors recommend", Related},
		{"Quotes displayed in real-time or delayed by at least 15 minutes. Market data provided by FactSet.", Legal},
		{"5 мин.", Date},
		{"Postat:", Byline},
		{"Published by", Byline},
		{"Author:", Byline},
		{"#microsoft #outlook #passkeys #säkerhet", Navigation},
		{"#우유,#인류,#고인류학,#키,#체중", Navigation},
		{"공감한 사람 보러가기", Share},
		{"댓글 1 공유하기", Share},
		{"본문 폰트 크기 크게 보기", Share},
		{"이전 이전 다음 다음", Navigation},
		{`{"title":"우유 섭취가","source":"https://blog.naver.com/x","blogName":"y"}`, Template},
		{"@getnewsfeedさんをフォロー", Share},
		{"NeoL／ネオエルの記事一覧をみる", Navigation},
		{"誤字を発見した方はこちらからご連絡ください。", Promo},
		{"Spotted a typo? Let us know.", Promo},
		{"Pokud jste v článku zaznamenali chybu nebo překlep, dejte nám, prosím, vědět.", Promo},
		{"記事内の筆者見解は明示のない限りガジェット通信を代表するものではありません。", Legal},
		{"Právě se děje", Related},
		{"Happening now", Related},
		{"Přihlášením k newsletteru beru na vědomí, že mé osobní údaje budou zpracovány dle Zásad ochrany osobních údajů.", Promo},
		{"Odhlásit se můžete kdykoliv.", Promo},
		{"Puedes darte de baja en cualquier momento.", Promo},
		{"Sie können den Newsletter jederzeit abbestellen.", Promo},
		{"To se mi líbí", Share},
		{"Gefällt mir", Share},
		{"Aktualizováno před 1 hodinou", Date},
		{"Päivitetty 12.3.2023 klo 10:45", Date},
		{"Add Al Jazeera on Google", Share},
		{"Agregar Infobae en", Share},
		{"Share Malawians and Nigerians flee South Africa amid xenophobic threats on social media", Share},
		{"Εγγραφείτε δωρεάν στο καθημερινό μας newsletter", Promo},
		{"Rechte: MITTELDEUTSCHER RUNDFUNK", Credit},
		{"Zum Hauptinhalt springen", Navigation},
		{"Personalreferent (m/w/d)", Promo},
		{"Ausbilder (m/w/d) Metalltechnik (Pneumatik und Hydraulik)", Promo},
		{"Chargé de projet (H/F)", Promo},
		{"Alle Jobs anzeigen", Promo},
		{"Meistgelesene", Related},
		{"Aktuelle Kommentare", Comment},
		{"Hier klicken, um das Antworten abzubrechen.", Comment},
		{"Name (erforderlich)", Comment},
		{"E-Mail (wird nicht veröffentlicht)(erforderlich)", Comment},
		{"Jetzt Artikel teilen!", Share},
		{"Stephane-Chalangeas a répondu le mardi 30 octobre 2012 à 11h45", Comment},
		{"Vous devez vous connecter pour poster un commentaire.", Comment},
		{"Submitted by Jane Doe on Tue, 10/30/2012 - 11:45", Byline},
		{"Soumis par monslateamoi, le lundi 29 octobre 2012 à 15h46", Byline},
		{"The technical storage or access that is used exclusively for statistical purposes.", Cookie},
		{"Den tekniska lagringen eller åtkomsten krävs för att skapa användarprofiler för att skicka reklam.", Cookie},
		{"Hantera {vendor_count}-leverantörer", Cookie},
		{"Manage 12 vendors", Cookie},
		{"Always active", Cookie},
		{"Enviar a Tuenti Enviar a Menéame Enviar a Eskup", Share},
		{"Archivado en:", Navigation},
		{"María R. Sahuquillo / Emilio de Benito Madrid 27 OCT 2012 - 12:14 CET", Byline},
		{"Filed under", Navigation},
		{"IMG_2041.JPG", Media},
		{"right", Navigation},
		{"Enlarge this image", Caption},
		{"toggle caption", Caption},
		{"Dylann Roof is escorted from the police station on June 18, 2015. Chuck Burton/AP hide caption", Caption},
		{"Chuck Burton/AP", Credit},
		{"Win McNamee/Getty Images", Credit},
		{"Mark Lennihan/Bloomberg News", Credit},
		{"De notre envoyée spéciale à Kyiv", Byline},
		{"This field is for validation purposes and should be left unchanged.", Promo},
		{"Join thousands of people who receive the latest breaking news every day.", Promo},
		{"I agree to my personal data being stored and used to receive the newsletter", Legal},
		{"I agree to receive occasional offers from partners", Legal},
		{"Post to Twitter", Share},
		{"Save to Pocket", Share},
		{"Haberin Devamı", Ad},
		{"Piše: Ante Vuković", Byline},
		{"Nhà dân ở xã Bản Lầu bị tốc mái sau trận mưa đá - Ảnh: Lê Văn", Caption},
		{"当選を確実にし、支持者と万歳する山本恵子氏（中央）=2025年3月16日午後9時12分、静岡県北条原市", Caption},
		{"Prečítajte si tiež", Related},
		{"Mirá también", Related},
		{"Le Soir et ses partenaires utilisent des cookies ou technologies similaires pour stocker et accéder à des informations sur votre appareil.", Cookie},
		{"Radio-Canada utilise des témoins et d’autres technologies pour vous offrir une expérience personnalisée.", Cookie},
		{"Sanoma ja kumppanimme käyttävät evästeitä ja muita tekniikoita sisällön ja mainonnan räätälöintiin.", Cookie},
		{"Ние и нашите партньори използваме бисквитки, за да съхраняваме информация на вашето устройство.", Cookie},
		{"Seznam Zprávy na WhatsAppu. Sledujte náš kanál a mějte nejdůležitější zprávy vždy po ruce.", Promo},
		{"Urmăriți HotNews.ro și pe Telegram", Promo},
		{"NZZ Briefing: Der Morgen-Newsletter mit den wichtigsten Nachrichten des Tages. Jetzt kostenlos abonnieren", Promo},
		{"Loe ka:", Related},
		{"Lo más visto", Related},
		{"خبرهای مرتبط", Related},
		{"BACA: Jurulatih Harimau Lembah mahu pemain kekal rendah diri", Related},
		{"TE RECOMENDAMOS: ¿Cuándo dejará de llover en Nuevo León?", Related},
		{"Lisez « Tempête de neige : le stationnement de nuit interdit dans 12 arrondissements »", Related},
		{"Pasidalinti", Share},
		{"Get the biggest daily stories by email. Subscribe to the Sport24 newsletter.", Promo},
		{"Lecture 4 min.", Share},
		{"Share full article", Share},
		{"Komentarji: 9", Comment},
		{"تبصرے (3)", Comment},
		{"Respon", Comment},
		{"Ilustratīvs attēls", Caption},
		{"Ice coats a fence and mailbox along Rural Route 3 north of Marlow Falls. (Priya Nandakumar/CBC)", Caption},
		{"A maple tree lies across a driveway on Orchard Line in Bellstone. (Submitted by Karen Lowry)", Caption},
		{"Accept | Decline", Cookie},
		{"Publikācijas un tās fragmentu pārpublicēšana bez LETA rakstiskas atļaujas ir aizliegta.", Legal},
		{"Yes, I agree", Cookie},
		{"O PÚBLICO e os seus parceiros utilizam cookies para personalizar conteúdos e publicidade e analisar o tráfego.", Cookie},
		{"VG og våre partnere bruker data om deg til å tilpasse innhold og annonser.", Cookie},
		{"Your subscription has been successful.", Promo},
		{"Disclaimer: The comments uploaded on this site do not necessarily represent or reflect the views of management.", Legal},
		{"Χρόνος ανάγνωσης: 4'", Share},
		{"वाचन वेळ: ५ मिनिटे", Share},
		{"پڑھنے کا وقت: 3 منٹ", Share},
		{"Tovuti hii inatumia vidakuzi (cookies) ili kukupa huduma bora zaidi. Kwa kuendelea kuitumia, unakubali matumizi yake na sera yetu ya faragha.", Cookie},
		{"Maelezo ya picha, Wanafunzi mjini Musoma wakitazama jua", Caption},
		{"Video, Tazama: Pete ya moto juu ya Ziwa Victoria, Muda 0,45", Media},
		{"Deel via WhatsApp", Share},
		{"Bekijk de video", Media},
		{"منبع تصویر، Getty Images", Credit},
		{"توضیح تصویر، پژوهشگران می‌گویند کیفیت خواب به اندازه مدت آن اهمیت دارد", Caption},
		{"责任编辑：李桐", Byline},
		{"上一篇：我市举办2024年春季大型招聘会", Navigation},
		{"Ähnliche Beiträge", Related},
		{"Dans la même rubrique", Related},
		{"Zobacz także: Rząd przyjął projekt budżetu na przyszły rok", Related},
		{"Hinterlasse jetzt einen Kommentar", Comment},
		{"Pingback: Ten walks along the old railway | Weekend Rambler", Comment},
		{"Montag | 3. März 2025 | 09:12 von Lena Hof in Reisen | 4 Kommentare", Comment},
		{"Fanden Sie diesen Artikel hilfreich?", Share},
		{"Dieser Beitrag gibt die Meinung des Autors wieder, nicht die der Redaktion.", Legal},
		{"This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", Legal},
		{"Was sind Cookies?", Cookie},
		{"Sign up for our weekly newsletter to get the best stories in your inbox.", Promo},
		{"Podcast abonnieren", Promo},
		{"Dieser Eintrag wurde am 2. Mai 2023 in Garten, Balkon veröffentlicht und mit Kräuter verschlagwortet.", Navigation},
		{"Filed under Local Politics", Navigation},
		{"Inhaltsverzeichnis", Navigation},
		{"Article suivant : La mairie rouvre la piscine municipale", Navigation},
		{"von Jonas Weber am 3. Mai 2023, 10:15 Uhr", Byline},
		{"Protesters outside the court on Monday Getty Images", Credit},
		{"Die alte Brücke im Nebel. Foto: Karl Hahn, CC BY-SA 4.0", Credit},
		{"PAP/ Tomasz Gzell", Credit},
		{"Plac budowy nowej linii tramwajowej / Źródło: Pixabay", Credit},
		{"Weitere Meldungen aus der Rubrik Gesundheit:", Related},
		{"Le puede interesar: El Congreso aprueba la reforma de pensiones", Related},
		{"Externer Inhalt", Media},
		{"Comentar esta noticia", Comment},
		{"This site participates in the Amazon Associates program and earns from qualifying purchases.", Legal},
		{"About Maria Lopez 112 articles", Byline},
		{"Compartir en WhatsApp 3", Share},
		{"Tuitear 12", Share},
		{"Ampliar imagen", Caption},
		{"Související články", Related},
		{"Responder Citar mensaje", Comment},
		{"Valoración: 4", Comment},
		{"Štítky: volby, parlament", Navigation},
		{"Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl + Enter, щоб повідомити про це редакцію.", Promo},
		{"Dieser Text wurde automatisiert von der dpa-AFX übernommen und nicht von der Redaktion bearbeitet.", Legal},
		{"Anzeige", Ad},
		{"Publicité", Ad},
		{"Реклама", Ad},
		{"广告", Ad},
		{"Subscribe to our newsletter", Promo},
		{"Jetzt Newsletter abonnieren und nichts mehr verpassen!", Promo},
		{"Unblock notifications in browser settings.", Promo},
		{"Download our app from the App Store or Google Play", Promo},
		{"Jetzt im App Store laden", Promo},
		{"Gib deine E-Mail-Adresse ein, um diesem Blog zu folgen und per E-Mail Benachrichtigungen über neue Beiträge zu erhalten.", Promo},
		{"Enter your email address to follow this blog and receive notifications of new posts by email.", Promo},
		{"Angemeldet bleiben", Promo},
		{"By Amelie Nishizawa Feb 8, 2020 5 min read", Date},
		{"Schreib einen Kommentar", Comment},
		{"Vos réactions (11)", Comment},
		{"URL zum Kopieren", Share},
		{"Um unsere Webseite für Sie optimal zu gestalten, verwenden wir Cookies.", Cookie},
		{"Mit Absendung des Formulars willige ich in die Verarbeitung meiner Daten gemäß der Datenschutzerklärung ein.", Legal},
		{"Trotz sorgfältiger inhaltlicher Kontrolle übernehmen wir keine Haftung für die Inhalte externer Links.", Legal},
		{"Sofern nicht anders ausgewiesen, stehen Inhalte dieser Website unter CC-BY", Legal},
		{"Share this article", Share},
		{"Facebook Twitter WhatsApp Email", Share},
		{"Bu haberi paylaşın", Share},
		{"Поделиться", Share},
		{"【打印】【关闭】", Share},
		{"字号：大 中 小", Share},
		{"Font size: A A A", Share},
		{"Просмотры: 18 420", Share},
		{"좋아요 12", Share},
		{"Прочетена 3 412 пъти", Share},
		{"Read 1,204 times", Share},
		{"Bu haber 1.204 kez okundu", Share},
		{"Czas czytania: 3 min", Share},
		{"Lukuaika noin 4 min", Share},
		{"3 घंटे पहले", Date},
		{"3 saat önce", Date},
		{"před 3 hodinami", Date},
		{"3 小時前", Date},
		{"3시간 전", Date},
		{"I dag kl. 06.00", Date},
		{"Снимка: Архив", Credit},
		{"24 коментара", Comment},
		{"Kommentek (46)", Comment},
		{"Written by: अनुराग त्रिपाठी", Byline},
		{"Toimetaja: Anneli Saar", Byline},
		{"EN DIRECT", Media},
		{"Tulisan ini tidak semestinya mencerminkan pendirian redaksi.", Legal},
		{"1.234 Aufrufe", Share},
		{"Logga in", Promo},
		{"E-tidning", Promo},
		{"Abonnés", Promo},
		{"Leave a Reply", Comment},
		{"Your email address will not be published. Required fields are marked *", Comment},
		{"12 Comments", Comment},
		{"We use cookies to improve your experience on our site.", Cookie},
		{"Diese Website verwendet Cookies.", Cookie},
		{"© 2024 Example Media. All rights reserved.", Legal},
		{"Tous droits réservés", Legal},
		{browserNotice, Legal},
		{"Home | News | Sport | Weather", Navigation},
		{"« Nokia E71 software update - v400.21.013", Navigation},
		{"Blog Archives", Navigation},
		{"Advertise | AdChoices", Navigation},
		{"Mail (will not be published) (required)", Comment},
		{"Flag as Inappropriate", Comment},
		{"If you enjoyed this article, please share it on:", Share},
		{"Consider a donation if you like what you see here!", Promo},
		{"The opinions expressed here are my personal opinions. Content published here is not read or approved in advance by my employer.", Legal},
		{"Advanced battery saver with two licences »", Navigation},
		{"« Fall leaf bunting | Main | Paper punched leaves for crafting »", Navigation},
		{"Politics, World, Americas, Middle East", Navigation},
		{"You are here: Home > News", Navigation},
		{"Listen to the report by our correspondent:", Media},
		{"Photo: Reuters", Credit},
		{"Soldiers patrol the border near the town on Tuesday. (Reuters)", Credit},
		{"Reporting by Jane Smith; Editing by Tom Brown", Credit},
		{"FILE — In this 2016 file photo, smoke rises over the city.", Caption},
		{longCaption, Caption},
		{"In this Monday, Dec. 5, 2016 file photo, smoke rises following an air strike in eastern Aleppo, Syria.", Caption},
		{"ARCHIVO - En esta foto del 5 de diciembre de 2016, el humo se eleva sobre Alepo.", Caption},
		{"(FILES) This picture taken on December 5, 2016 shows smoke rising over Aleppo.", Caption},
		{"Rescue workers search the rubble of a collapsed building in the old town, on Tuesday, Feb. 7, 2023. (AP Photo/Hussein Malla)", Caption},
		{longLegal, Legal},
		{"By Margaret Ellison", Byline},
		{"Von Katrin Hoffmann", Byline},
		{"Updated 15 March 2024, 18:32", Date},
		{"2016-12-07 18:47:00", Date},
		{"08.12.2016 - Update : 09.12.2016", Date},
		{"3 hours ago", Date},
		{"This entry was posted in Transport and tagged buses, villages by Jane Smith. Bookmark the permalink.", Navigation},
		{"Dieser Eintrag wurde veröffentlicht in Verkehr. Setze ein Lesezeichen auf den Permalink.", Navigation},
		{"You can follow any responses to this entry through the RSS 2.0 feed. Both comments and pings are currently closed.", Comment},
		{"Vous pouvez suivre les réponses à cet article par le fil RSS 2.0.", Comment},
		{"As a final step before posting your comment, enter the letters and numbers you see in the image below.", Comment},
		{"This is only a preview. Your comment has not yet been posted.", Comment},
		{"This article was published on example.com at 17.00 BST on Thursday 1 November 2012.", Date},
		{"Regional Reprints: This copy is for your personal, non-commercial use only.", Legal},
		{"This page is best viewed in an up-to-date web browser with style sheets (CSS) enabled.", Legal},
		{"Jobs powered by Example", Ad},
		{"November 2012", Navigation},
		{"März 2011 (4)", Navigation},
		{"Previous post: Ten ways to keep warm this winter", Navigation},
		// Languages beyond the stopword lists: markers, prompts and
		// footers are still named.
		{"ΔΙΑΦΗΜΙΣΗ", Ad},
		{"विज्ञापन", Ad},
		{"광고", Ad},
		{"Quảng cáo", Ad},
		{"Iklan", Ad},
		{"Διαβάστε επίσης: Νέα αύξηση στις τιμές των καυσίμων", Related},
		{"ये भी पढ़ें: मुंबई में भी भारी बारिश का अलर्ट", Related},
		{"Baca juga: Harga emas naik lagi hari ini", Related},
		{"Läs också: Regeringen vill sänka skatten", Related},
		{"Читайте також: Уряд ухвалив новий бюджет", Related},
		{"Κοινοποίηση: Facebook Twitter Email", Share},
		{"שתפו בפייסבוק שתפו בטוויטר", Share},
		{"공유하기 페이스북 트위터", Share},
		{"כל הזכויות שמורות © 2024", Legal},
		{"ⓒ 연합뉴스, 무단 전재 및 재배포 금지", Legal},
		{"Toate drepturile rezervate.", Legal},
		{"کلیه حقوق این سایت محفوظ است", Legal},
		{"Trang chủ | Thời sự | Thế giới | Kinh doanh", Navigation},
		{"김민수 기자", Byline},
		{"Oleh Budi Santoso", Byline},
		{"नई दिल्ली, 12 जुलाई 2024, 09:40", Date},
		{"۱۵ دی ۱۴۰۲ - ۱۰:۳۰", Date},
		{"{ 3 comments… read them below or add one }", Comment},
		{"12 votes", Comment},
		{"View the Full Gallery »", Media},
		{"Council approves three new bus routes Watch Video", Media},
		{"Llegiu també: El Parlament aprova els pressupostos", Related},
		{"קראו עוד: הממשלה אישרה את התקציב", Related},
		{"Přečtěte si také: Sněmovna schválila rozpočet", Related},
		{"İlgili haber: Meclis bütçeyi onayladı", Related},
		{"【関連記事】国会が予算案を可決", Related},
		{"延伸阅读：国务院常务会议部署稳就业", Related},
		{"Veja também: Congresso aprova orçamento", Related},
		{"Δείτε επίσης: Η Βουλή ψήφισε τον προϋπολογισμό", Related},
		{"اقرأ أيضاً: البرلمان يقر الميزانية", Related},
		{"Zobacz również: Sejm przyjął budżet", Related},
		{"Dela artikeln", Share},
		{"この記事をシェアする", Share},
		{"شارك على فيسبوك شارك على تويتر", Share},
		{"Sdílet na Facebooku Sdílet na X", Share},
		{"Chia sẻ Facebook Twitter Zalo", Share},
		{"Prenumerera på vårt nyhetsbrev", Promo},
		{"Bültenimize abone olun, önemli haberleri kaçırmayın!", Promo},
		{"Käytämme evästeitä parantaaksemme sivuston toimintaa.", Cookie},
		{"Wij gebruiken cookies om onze website te verbeteren.", Cookie},
		{"Szerző: Kovács Anna", Byline},
		{"מאת: רונית לוי", Byline},
		{"लेखक: अमित वर्मा", Byline},
		{"Na Juma Hamisi", Byline},
		{"Publicitat", Ad},
		{"Startseite Politik Wirtschaft Panorama Sport Kultur Wissen", Navigation},
		{"Etusivu Uutiset Kotimaa Ulkomaat Talous Urheilu", Navigation},
		{"Sie müssen sich anmelden um Kommentare zu schreiben.", Comment},
		{"Vous devez être connecté pour publier un commentaire.", Comment},
		{"Diese Website verwendet Akismet, um Spam zu reduzieren.", Comment},
		{"War der Artikel nützlich?", Comment},
		{"¿Te ha resultado útil este artículo?", Comment},
		{"(Noch keine Bewertungen)", Comment},
		{"Rezept drucken", Navigation},
		{"When you purchase through links on our site, we may earn an affiliate commission.", Ad},
		{"Dieser Artikel enthält Affiliate-Links.", Ad},
		{"Keine Neuigkeiten aus der Branche mehr verpassen: Abonnieren Sie unseren Newsletter.", Promo},
		{"Spektrum.de Newsletter", Promo},
		{"Crédits photos : Bestimage", Credit},
		{"Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com", Credit},
		{"Striking members of the union last year. Photograph: Jane Doe/Getty Images", Credit},
		{"Die Inhalte dieser Website sind unter einer Creative Commons-Lizenz lizenziert.", Legal},
		{"Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein abgelegt.", Date},
		{"Ein Kippmoment in der Inszenierung: Die Menge wird zum Mob. Bild: Gregory Batardon/Theater Basel", Credit},
		{"Neue Online-Seminare starten im März. (Quelle: Hume/Unsplash/DJV)", Credit},
		{"Dmitry Muratov, periodista ruso y Premio Nobel de la Paz (REUTERS/Denis Balibouse)", Credit},
		{"Son tres los periodos de vacaciones durante el año escolar. Foto: Andina", Credit},
		{"Wer die Äste immer wieder auf die Wege zieht, ist unklar (Symbolbild).", Caption},
		{"Abbildung 4: Die grösste Lawine dieser Berichtsperiode wurde am Gürgaletsch ausgelöst.", Caption},
		{"Zurück zur Listenansicht", Navigation},
		{"Dieses Skript als PDF herunterladen", Navigation},
		{"Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.", Cookie},
		{"Jetzt für Top-News anmelden", Promo},
		{"Materiał chroniony prawem autorskim - zasady przedruków określa regulamin.", Legal},
		{"Ten tekst przeczytasz w mniej niż minutę", Date},
		{"12 thoughts on “Bus plan for the villages”", Comment},
		{"142 Antworten zu „Würde des Lebens – ein Projekt“", Comment},
		{"3 réponses à « Le plan des bus »", Comment},
		{"Warning: Creating default object from empty value in /www/htdocs/w0094d70/wp-includes/classes.php on line 407", Template},
		{"Zum Vergrößern auf das Bild klicken", Caption},
		{"Image d'illustration : un bus dans la campagne", Caption},
		{"Paris Haute Couture SS14, Serkan Cura, Bild via", Credit},
		{"Roman Prymula, photo: Archives du Gouvernement tchèque", Credit},
		{"If you are using Pinterest, feel free to pin the following photo:", Share},
		{"Senior Editor with a focus on all things tech. You can keep up with me on Twitter: @editor", Share},
		{"Haftungsbeschränkung für externe Links", Legal},
		{"Dieser Beitrag stammt aus Ausgabe 7/2019. Das Heft ist ab 20.06.2019 im Handel erhältlich.", Promo},
		{"Die folgenden Angebote sind mit Affiliate-Links versehen.", Ad},
		{"Die Kommentarfunktion ist geschlossen.", Comment},
		{"Ihr Kommentar *", Comment},
		{"33 LESER-KOMMENTARE Geben Sie jetzt Ihre Meinung zu diesem Thema ab", Comment},
		{"Les commentaires sont fermés.", Comment},
		{"Комментарии закрыты.", Comment},
		{"Plaats een reactie", Comment},
		{"Anmelden und weiterlesen", Promo},
		{"Ihnen stehen diesen Monat keine freien Artikel mehr zur Verfügung.", Promo},
		{"Um weitere Inhalte lesen zu können, müssen Sie sich anmelden.", Promo},
		{"Cet article est réservé aux abonnés.", Promo},
		{"Il vous reste 2 articles à lire.", Promo},
		{"¿Ya eres suscriptor? Inicia sesión", Promo},
		{"You have 3 free articles remaining this month.", Promo},
		{"Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.", Comment},
		{"Ein Gedanke zu „RES158 Sternfusion am Teilchenbeschleuniger“", Comment},
		{"Peter sagt:", Comment},
		{"Karen B says:", Comment},
		{"Ο ιστότοπος χρησιμοποιεί cookies για να σας προσφέρει την καλύτερη δυνατή εμπειρία περιήγησης. Πατώντας «Αποδοχή» συμφωνείτε με τη χρήση τους.", Cookie},
		{"We value your privacy. We and our 143 partners store and access information on your device, such as cookies, to deliver personalised advertising.", Cookie},
		{"Szanowny Użytkowniku, klikając „Przejdź do serwisu”, wyrażasz zgodę na wykorzystywanie plików cookies przez nas i naszych Zaufanych Partnerów.", Cookie},
		{"Εναέρια μέσα επιχειρούν στο μέτωπο της φωτιάς κοντά στη Νικήτη (Φωτογραφία: EUROKINISSI)", Caption},
		{"L'ingresso del tribunale di Bari (archivio)", Caption},
		{"多重事故の現場で事故車両を調べる警察官ら＝静岡県裾野市で2024年2月10日午後2時15分、本社ヘリから", Caption},
		{"Efectivos de los bomberos trabajan en la excarcelación de uno de los conductores. / CPBV", Credit},
		{"Sessão da Câmara Municipal nesta quarta-feira (19) — Foto: Divulgação/CMSJI", Credit},
		{"Марина Беляева. Фото из архива суда", Credit},
		{"Photo Le Courrier - Julien Pasquier", Credit},
		{"fot. KM PSP Krosno", Credit},
		{"화재 현장에서 소방대원들이 잔불을 정리하고 있다. /충북소방본부 제공", Credit},
		{"图为城西区幸福里小区改造后的新面貌。记者 张磊 摄", Credit},
		{"市長今日在記者會上說明新制。（記者林佳穎攝）", Caption},
		{"颱風過後的海岸線（資料照）", Caption},
		{"פייסבוק", Share},
		{"Box aufklappen", Navigation},
		{"Support us", Promo},
		{"Follow", Share},
		{"Този сайт използва \"бисквитки\" (cookies). Продължавайки да го използвате, вие се съгласявате с това.", Cookie},
		{"NRK bruker informasjonskapsler for å gi deg en bedre brukeropplevelse og for statistikk.", Cookie},
		{"Godta alle", Cookie},
		{"Comparteix", Share},
		{"Emner", Navigation},
		{"Edited by Neeraj Kumar | navbharattimes.com", Byline},
		{"Poslechněte si celý rozhovor", Media},
		{"Kopírovat url adresu", Share},
		{"Wesprzyj nas", Promo},
		{"The Depot Theatre, pictured in 1986, seated 240 people on folding chairs (Sheffield Archives)", Caption},
		{"Fans gather outside the stadium before kick-off (Getty)", Caption},
		{"Показать ещё", Navigation},
		{"TT", Credit},
		{"Redacción · Alzira", Byline},
		{"Opracowanie: Agnieszka Zielińska", Byline},
		{"(rih/apl)", Byline},
		{"mrs/dpa/sid", Byline},
		{"Скопировать ссылку", Share},
		{"คัดลอกลิงก์", Share},
		{"Kraków 9°C", Navigation},
		{"Київ +6°", Navigation},
		{"香港天氣 19°C 多雲", Navigation},
		{"글자 크기 조절", Navigation},
		{"글자크기조정", Share},
		{"Posté par Wendpanga Le 13 mars à 06:12", Comment},
		{"Ακολουθήστε το protothema.gr στο Google News και μάθετε πρώτοι όλες τις ειδήσεις", Promo},
		{"Jesteśmy na Google News. Dołącz do nas!", Promo},
		{"Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità come specificato nella cookie policy. Puoi acconsentire all'utilizzo di tali tecnologie chiudendo questa informativa, interagendo con un link o un pulsante al di fuori di questa informativa o continuando a navigare in altro modo.", Cookie},
		{"Dbamy o Twoją prywatność. Klikając „Akceptuję i przechodzę do serwisu”, wyrażasz zgodę na przetwarzanie Twoich danych osobowych przez naszych partnerów w celach marketingowych, analitycznych i statystycznych, zgodnie z polityką prywatności serwisu.", Cookie},
		{"เราใช้คุกกี้เพื่อพัฒนาประสิทธิภาพ และประสบการณ์ที่ดีในการใช้เว็บไซต์ของคุณ คุณสามารถศึกษารายละเอียดได้ที่ นโยบายความเป็นส่วนตัว และสามารถจัดการความเป็นส่วนตัวเองได้ของคุณได้เองโดยคลิกที่ ตั้งค่า", Cookie},
		{"Нагадаємо, у ТСН є свій Telegram-канал, де оперативно публікуються найважливіші новини. Підписуйтеся!", Promo},
		{"Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости", Promo},
		{"Sports Desk", Byline},
		{"Felipe Carvalho · Especial para o Esporte", Byline},
		{"Il vous reste 68 % de cet article à lire.", Promo},
		{"Sie wollen keine Nachrichten verpassen? Abonnieren Sie unseren kostenlosen Newsletter.", Promo},
		{"Artikeln publicerades först på Norrlandsposten+", Promo},
		{"Reklama · erid: 2VtzqwJ5bXk", Ad},
		{"Dalsza część artykułu pod reklamą", Ad},
		{"Enviar por WhatsApp", Share},
		{"Noticia relacionada: Muere un motorista de 29 años en la CV-42", Related},
		{"Supporters celebrate outside the counting centre in Kovalur on Sunday. | Photo Credit: K. Ramesh", Credit},
		{"Canh chua cá lóc ăn kèm cơm trắng và nước mắm ớt. Ảnh: Ngọc Hân", Credit},
		{"Ілюстративне фото", Caption},
		{"الصورة تعبيرية", Caption},
		{"Symbolbild", Caption},
		{"Supported by", Ad},
		{"Loading...", Media},
		{"end of article", Media},
		{"Purchase Licensing Rights, opens new tab", Share},
		{"Een versie van dit artikel verscheen ook in NRC van 21 oktober 2025.", Legal},
		{"This story has been updated with comments from the shire council.", Legal},
		{"Are you affected by the storm? Get in touch.", Promo},
		{"Время прочтения: 3 мин", Share},
		{"READ | Karoo Lions sign former Springbok Sevens flyer for rest of season", Related},
		{"Preberi še: Slovenske rokometašice na evropskem prvenstvu v skupini s Francijo", Related},
		{"Oglasno sporočilo", Ad},
		{"Mēs izmantojam sīkdatnes, lai uzlabotu jūsu pieredzi un analizētu vietnes apmeklējumu.", Cookie},
		{"Ta spletna stran uporablja piškotke za zagotavljanje boljše uporabniške izkušnje.", Cookie},
		{"Mi i naši partneri upotrebljavamo kolačiće i slične tehnologije za pohranu podataka.", Cookie},
		{"यह वेबसाइट कुकीजचा वापर करते.", Cookie},
		{"Accepter et continuer", Cookie},
		{"Reklāma", Ad},
		{"விளம்பரம்", Ad},
		{"लॉग इन", Promo},
		{"Summarize this article with AI", Media},
		// Persian, with the spellings pages use for one word: a
		// zero-width non-joiner, a space, or Arabic-keyboard letters.
		{"برچسب\u200cها", Navigation},
		{"إقرأ أيضاً", Related}, // the label with its hamza under the alef
		{"آخرین مطالب سیاست", Related},
		{"پربحث\u200cترین", Related},
		{"جالب و خواندني", Related},
		{"نظر شما", Comment},
		{"شما در حال پاسخ به نظر «» هستید.", Comment},
		{"【熱門點閱】", Related},
		{"編輯部推薦", Related},
		{"關鍵字： 吳宗憲 憂鬱症", Navigation},
		{"繁體版", Navigation},
		{"Lo último", Related},
		{"SHARE google twitter linkedin", Share},
		{"Let friends in your social network know what you are reading about", Share},
		{"Կարդացեք նաև", Related},
		{"Ամենաընթերցվողը բաժնում", Related},
		{"Ընթերցված Դիտված Մեկնաբանված", Related},
		{"Տպել", Share},
		{"Mas comentadas", Related},
		{"SOBRE NOSOTROS", Legal},
		{"Kommentare lesen (128) Zur Startseite", Comment},
		{"მსგავსი სიახლეები", Related},
		{"Ən çox oxunan", Related},
		{"Delfi. Visos teisės saugomos.", Legal},
		{"Με επιφύλαξη παντός δικαιώματος", Legal},
		{"Найпопулярніше", Related},
		{"热门评论", Comment},
		{"Del artikkelen", Share},
		{"Vidéos les plus vues", Related},
		{"Más compartidos", Related},
		{"Most shared this week", Related},
		{"Все новости", Navigation},
		{"Βρίσκεστε εδώ:", Navigation},
		{"주간 Top 100", Related},
		{"네이버블로그 공유", Share},
		{"このニュースをシェア", Share},
		{"اخر الأخبار", Related},
		{"Acum o oră", Date},
		{"an hour ago", Date},
		{"Estimado lector, muchas gracias por su interés en nuestras notas. Hemos incorporado el registro con el objetivo de mejorar la información.", Promo},
		{"Esto nos permite mostrar publicidad relacionada a sus intereses. Si continúa navegando, consideramos que acepta su uso.", Cookie},
		{"As mais lidas agora", Related},
		{"View this post on Instagram", Media},
		{"A post shared by Jane Doe (@janedoe)", Media},
		{"Suggested articles", Related},
		{"Share Tweet Pin-it", Share},
		{"Weiterempfehlen Drucken", Share},
		{"Unterstützen Sie uns jetzt!", Promo},
		{"Si llegaste hasta acá...", Promo},
		{"More Blog Stories", Related},
		{"[ Read All Comments ]", Comment},
		{"Sn.dk anvender cookies for at huske dine indstillinger, statistik og målrette annoncer.", Cookie},
		{"Ved at benytte sn.dk eller klikke \"OK\" accepterer du vores privatlivspolitik.", Cookie},
		{"For yderligere oplysninger om vores privatlivspolitik, brugen af cookies og dine muligheder for at fravælge disse klik her.", Cookie},
		{"日本電子產品製造商索尼已經向美國華府申請繼續為華為提供設備。 圖／騰訊科技", Caption},
		{"為確保您享有最佳的瀏覽體驗，建議您提升您的 IE 瀏覽器至最新版本，感謝您的配合。", Legal},
		{"You are using an outdated browser. Please upgrade your browser to improve your experience.", Legal},
		{"用LINE傳送", Share},
		{"Share All sharing options for: iOS 13 will fix the FaceTime eye contact problem", Share},
		{"رئيس التحرير : محمود مكاوي", Legal},
		{"Chefredakteur: Hans Müller", Legal},
		{"Editor-in-Chief: Jane Smith", Legal},
		{"Главный редактор: Иван Петров", Legal},
		{"Rubriques", Navigation},
		{"In Pocket speichern vorlesen Drucken Kommentare lesen 28 Beiträge", Share},
		{"vorlesen Druckansicht Kommentare lesen 128 Beiträge", Share},
		{"¿Cansado de leer?Haz click y te la leemos nosotros", Media},
		{"Email the author | Follow on Twitter", Share},
		{"View/Post Comments", Share},
		{"コメントを書く", Comment},
		{"기사 공유하기", Share},
		{"Sdílejte článek", Share},
		{"שתפו את הכתבה", Share},
		{"مقالات ذات صلة", Related},
		{"மேலும் படிக்க", Related},
		{"Reageer", Comment},
		{"Tinggalkan komentar", Comment},
		{"댓글 쓰기", Comment},
		{"Kommentera", Comment},
		{"Retour en haut", Navigation},
		{"Başa dön", Navigation},
		{"Politica de confidențialitate", Legal},
		{"Политика конфиденциальности", Legal},
		{"プライバシーポリシー", Legal},
		{"سياسة الخصوصية", Legal},
		{"I più visti", Related},
		{"Zaprenumeruj", Promo},
		{"구독하기", Promo},
		{"Ta strona korzysta z plików cookies.", Cookie},
		{"Próximo artigo", Navigation},
		{"Следующая статья", Navigation},
		{"Artikel sebelumnya", Navigation},
		{"المقال السابق", Navigation},
		{"次の記事", Navigation},
		{"Sponsorisé", Ad},
		{"Спонсорский материал", Ad},
		{"Schlagwörter:", Navigation},
	}
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			res := c.Text(body + tt.line + "\n\n" + body)
			var got []Removal
			for _, r := range res.Removed {
				if r.Text == tt.line {
					got = append(got, r)
				}
			}
			if len(got) != 1 || got[0].Category != tt.want {
				t.Fatalf("removals %+v, want one of category %s", res.Removed, tt.want)
			}
			if !strings.Contains(res.Text, "rural bus services") {
				t.Fatal("article text lost")
			}
		})
	}
}

// TestTemplatePlaceholders checks that a line of a template's unfilled
// placeholders goes by the rule that knows them, wherever it stands,
// while a sentence that quotes one stays.
func TestTemplatePlaceholders(t *testing.T) {
	c := c0(t)
	for _, line := range []string{
		"{{comments.total}} Comentários",
		"ID: {{comments.info.id}}",
		"{{newsPoint.date * 1000 | date : 'HH:mm'}} {{newsPoint.mark}}",
	} {
		res := c.Text(body + line + "\n\n" + body2)
		if len(res.Removed) != 1 || res.Removed[0].Text != line || !strings.HasPrefix(res.Removed[0].Rule, "re ") {
			t.Errorf("%q: removals %+v, want it removed by its rule", line, res.Removed)
		}
	}
}

// longCaption is a wire caption that runs longer than a short paragraph,
// past the length at which most rules stop looking.
var longCaption = "FILE — In this Monday, Dec. 5, 2016 file photo, smoke rises over the eastern districts of the city. " +
	strings.Repeat("Fighting went on day and night in both parts of the city, and thousands of families fled towards the coast. ", 3)

var longLegal = "This copy is for your personal, non-commercial use only. Distribution and use of this material are governed by " +
	"our subscriber agreement and by copyright law. For non-personal use or to order multiple copies, please contact our reprints desk " +
	"by telephone or visit our reprints website for licensing terms."

// browserNotice is a notice that runs longer than a rule's phrase usually
// looks at.
const browserNotice = "This page is best viewed in an up-to-date web browser with style sheets (CSS) enabled. " +
	"While you will be able to view the content of this page in your current browser, you will not be able to get the full visual experience. " +
	"Please consider upgrading your browser software or enabling style sheets (CSS) if you are able to do so."

// body2 is more article text, for cases that need paragraphs on both sides.
const body2 = "Bus operators welcomed the plan but warned that they would struggle to hire enough drivers before the first routes opened.\n\n" +
	"A spokesman for the drivers' union said wages had not kept pace with the cost of living in the countryside for a decade.\n\n"

func TestArticleKept(t *testing.T) {
	// Phrases from the rules inside real sentences are article text.
	lines := []string{
		"The minister said she would share the findings with parliament next week, once the committee had finished.",
		"Sales of newspapers fell again, and advertising revenue dropped by a third compared with last year.",
		"He added that the company would follow the court's ruling.",
		"In this photo album, which the family kept for sixty years, every page tells a story of the old harbour.",
		"Officials filed the papers on Friday — a week late — and said the file photo archive would be opened to historians.",
		// The names of services and notices inside a sentence are no credit or notice.
		"He took a photograph of the crowd at the station before the bus left.",
		"The agency sells pictures through Shutterstock.com and its own site, the report said.",
		"The new policy is the result of the netiquette debate among the volunteers in the club.",
		// A wire dateline opens the lead; the agency's name is no credit there.
		"AMMAN (Reuters) - Rebels fought government troops at the gates of the old city on Tuesday in a battle for control.",
		"PARIS (AFP) — The unions called for another day of strikes on Thursday against the pension reform.",
		// Sign-up phrases at the start of a sentence of the news.
		"Join thousands of others in the march on Saturday, the union urged its members in a letter sent to every branch.",
		"I agree to receive the results, the minister said after the meeting with the farmers' union on Tuesday.",
		"Do Rio de Janeiro, o presidente falou por telefone com o governador de São Paulo na terça-feira.",
		// A count of replies in a sentence is no comment heading.
		"12 responses to the consultation came from farmers who feared for their land.",
		// Cookies, photos and slashes in the news.
		"The bakery sold 2,000 cookies on Saturday, and the owner said she would accept orders again from Monday.",
		"Ein Foto zeigt den Angeklagten vor dem Gericht in Bari, wo der Prozess am Montag begann.",
		"A photo finish decided the race, and the judges needed ten minutes to name the winner.",
		// Subscribers and comments as the subject of the news.
		"Sur le site du club, les commentaires sont fermés depuis que le forum a été piraté, a expliqué la présidente.",
		"You have 3 free articles remaining, the publisher tells readers, before the paywall closes.",
		// A template's placeholder quoted in a sentence about web pages.
		"In the template, write Hello, {{user.name}} and the page fills in the name of whoever is signed in.",
		// Temperatures in the news are sentences, not a weather widget.
		"Temperatures in Kraków fell to -9°C overnight, the lowest reading since January.",
		// App stores are the news in articles about apps.
		"The messaging app has passed 100 million downloads on Google Play, although the company still does not publish its total across all platforms.",
		// The word for an advertisement inside a sentence of a script
		// without ASCII letters is no ad's marker.
		"وطالب النواب الحكومة بإصدار إعلان رسمي عن حجم الأضرار في القرى المتضررة.",
		"Это не реклама, а социальный проект, подчеркнул мэр на пресс-конференции.",
		"这家公司去年在电视上投放的广告比前年多了一倍。",
		// An abstract's signature in brackets is no photographer's credit.
		"Some forty per cent of the schools outperformed their peers in both years. Contains 25 references. (Author/CDS)",
		// Biscuits in the news: a cookie notice says the site uses them.
		"La fleca del poble ven galetes artesanes cada diumenge al mercat, i la cua arriba fins a la plaça.",
		// A source in brackets that is no picture's.
		"The council approved the plan by 31 votes to 12, according to the minutes (Reuters reported the same figure).",
		// Closing words of notices that end a sentence of the news.
		"Posted in Kabul for three years, she learned Dari before she learned to drive.",
		"Die Stadtbibliothek will künftig mehr Zeitungen abonnieren.",
		"Many of the pictures in the exhibition were bought from Getty Images.",
		"Von Montag an gelten am 3. Mai 2023 beschlossene neue Regeln, sagte die Sprecherin.",
		// A byline's word that opens a sentence ("記者会見", press conference).
		"記者会見した社長は「需要は来期も続く」との見方を示した。",
		// How-to text about browsers and ad blockers, not the site's notice.
		"Readers who enable JavaScript again will see the interactive charts, the newspaper said in its note.",
		"Ad blockers are now used by a quarter of internet users in Germany, the survey found.",
	}
	c, _ := New(Options{})
	for _, l := range lines {
		res := c.Text(body + l + "\n\n" + body)
		if !strings.Contains(res.Text, l) {
			t.Errorf("lost %q: %+v", l, res.Removed)
		}
	}
}

// TestTelegramReportKept checks that a report of what an official posted
// on Telegram is text, not the prompt to follow the site there.
func TestTelegramReportKept(t *testing.T) {
	ru := "Власти города в понедельник объявили, что из-за аварии на водопроводе без воды остались жители трёх районов, и пообещали восстановить подачу к вечеру.\n\n" +
		"Аварийные бригады работают на месте с раннего утра, а для жителей организован подвоз питьевой воды к школам и больницам.\n\n"
	ru2 := "Жителей просят не открывать краны в первые минуты после возобновления подачи, пока не стечёт мутная вода.\n\n" +
		"По словам директора водоканала, трубу прорвало на участке, который прокладывали ещё в семидесятых годах.\n\n"
	for _, l := range []string{
		"Об этом губернатор написал в Telegram в понедельник вечером.",
		"Позже городской совет опубликовал обновление в Telegram:",
	} {
		keptAndGone(t, c0(t).Text(ru+l+"\n\n"+ru2), []string{l}, nil)
	}
}

// TestQuotesKept checks that guillemets that open or close a quotation
// are not taken for the arrows of links to other posts.
func TestQuotesKept(t *testing.T) {
	const french = "Le gouvernement a annoncé mardi qu'il allait augmenter les crédits des lignes de bus rurales au cours des trois prochaines années.\n\n" +
		"Les premières lignes devraient ouvrir au printemps, et les horaires seront établis avec les communes qui les ont demandées.\n\n"
	for _, l := range []string{
		"« Nous ne lâcherons rien », a déclaré la ministre devant les députés mardi soir, avant le vote du budget.",
		"« Nous avons perdu une bataille, mais nous n'avons pas perdu la guerre, et nous le montrerons. »",
		"Il a ajouté que la région paierait sa part et que « le plan sera voté avant l'été »",
	} {
		res := c0(t).Text(french + l + "\n\n" + french)
		if !strings.Contains(res.Text, l) {
			t.Errorf("lost %q: %+v", l, res.Removed)
		}
	}
}

// TestShortParagraphs checks stories told in sentences too short to set
// the document's own stopword density, in languages whose function words
// are few or fused into other words: their thresholds come from their
// own sentences, and a short sentence that cannot be expected to hold two
// stopwords is not judged by its stopwords.
func TestShortParagraphs(t *testing.T) {
	tests := []struct {
		lang      string
		sentences []string
	}{
		{"tr", []string{
			"Yetkililer, trafiğin bu süre boyunca alternatif güzergahlara yönlendirileceğini söyledi.",
			"Esnaf ise çalışmaların yaz sezonundan önce bitmesini istediğini belirtti.",
			"Projenin toplam maliyetinin yaklaşık kırk milyon lira olduğu bildirildi.",
			"Vatandaşlar, yeni yolun bölgedeki kazaları azaltmasını bekliyor ve çok memnun.",
		}},
		{"fi", []string{
			"Kaupunginvaltuusto hyväksyi maanantaina uuden kirjaston rakentamisen.",
			"Rakennustyöt alkavat ensi keväänä vanhan kauppahallin paikalla.",
			"Kirjaston arvioidaan valmistuvan syksyllä kaksi vuotta myöhemmin.",
			"Hankkeen kustannukset ovat noin kaksikymmentä miljoonaa euroa.",
			"Asukkaat saavat kommentoida suunnitelmia verkossa kuukauden ajan.",
		}},
		{"ko", []string{
			"시의회는 월요일 새 도서관 건립안을 통과시켰다.",
			"공사는 내년 봄 옛 시장 부지에서 시작된다.",
			"도서관은 2년 뒤 가을에 문을 열 예정이다.",
			"총사업비는 약 200억 원으로 추산된다.",
			"주민들은 한 달 동안 온라인으로 의견을 낼 수 있다.",
		}},
		{"th", []string{
			"สภากรุงเทพมหานครอนุมัติโครงการสร้างห้องสมุดแห่งใหม่ เมื่อวันจันทร์ที่ผ่านมา",
			"การก่อสร้างจะเริ่มต้นในฤดูใบไม้ผลิปีหน้า บนพื้นที่ตลาดเก่า",
			"คาดว่าห้องสมุดจะเปิดให้บริการได้ภายในสองปี",
			"ประชาชนสามารถแสดงความคิดเห็นผ่านเว็บไซต์ได้ตลอดหนึ่งเดือน",
		}},
		{"th, short lines", []string{
			"ห้องสมุดแห่งใหม่จะเปิดในปีหน้า",
			"อาคารมีหนังสือกว่าหนึ่งแสนเล่ม",
			"ผู้อ่านสามารถยืมหนังสือได้ฟรี",
			"เทศบาลใช้งบประมาณสองร้อยล้านบาท",
		}},
		{"zh", []string{
			"市议会周一通过了新图书馆的建设方案。",
			"工程将于明年春天在旧市场原址动工。",
			"新馆预计两年后的秋天正式开放。",
			"项目总投资约为两亿元。",
			"市民可以在一个月内通过网络提出意见。",
		}},
	}
	for _, tt := range tests {
		res := c0(t).Text(strings.Join(tt.sentences, "\n\n"))
		for _, s := range tt.sentences {
			if !strings.Contains(res.Text, s) {
				t.Errorf("%s: lost %q: %+v", tt.lang, s, res.Removed)
			}
		}
	}
}

// TestStoryLinkInText checks that a "Read also" link set between two
// paragraphs goes, and takes none of the article with it: the short
// paragraphs after it still belong to the story.
func TestStoryLinkInText(t *testing.T) {
	closing := []string{
		"Pensioners will keep travelling free of charge.",
		"The opposition criticised the increase.",
	}
	in := body + "Read also: Council approves new cycle lanes on the ring road\n\n" + strings.Join(closing, "\n\n") +
		"\n\nShare this article\n\n© 2024 The Courier. All rights reserved.\n"
	res := c0(t).Text(in)
	for _, s := range closing {
		if !strings.Contains(res.Text, s) {
			t.Errorf("lost %q: %+v", s, res.Removed)
		}
	}
	if strings.Contains(res.Text, "Read also") {
		t.Errorf("kept the link: %q", res.Text)
	}
}

func TestIsStoryLink(t *testing.T) {
	checkLines(t, "isStoryLink", isStoryLink, []lineCase{
		{"Read also: Council approves new cycle lanes", true},
		{"【関連記事】国会が来年度予算案を可決した", true},
		{"More from BostonWorks", false},
		{"Related: Bus fares", false},
		{"Related articles", false},
	})
}

func TestRelatedList(t *testing.T) {
	in := body + "Recommended articles\n\nParents put baby up for adoption to focus on work\n\nGovernor signs new budget into law\n\nBlackout hits coastal towns as storm makes landfall\n"
	res := c0(t).Text(in)
	if res.Text != strings.TrimSuffix(body, "\n") {
		t.Fatalf("got %q", res.Text)
	}
	for _, r := range res.Removed {
		if r.Category != Related {
			t.Errorf("%q: category %s, want related", r.Text, r.Category)
		}
	}
}

// TestRelatedListSparesLead checks that a list set above the article
// stops short of the lead: a sentence right over the text.
func TestRelatedListSparesLead(t *testing.T) {
	lead := "Valley villages will get their buses back next spring, after a long campaign."
	in := "Related Stories\n\nGovernor signs new budget into law\n\nBlackout hits coastal towns as storm makes landfall\n\n" + lead + "\n\n" + body + body2
	keptAndGone(t, c0(t).Text(in), []string{lead}, []string{"Governor"})
}

// TestListInsideArticle checks that a "Read also" list set between two
// paragraphs of an article takes its headlines, last one too, but not the
// paragraph after them, which the article goes on from.
// TestShortSentenceEndsList checks that a related-stories list set in the
// text ends at a short sentence with a paragraph under it: the article
// goes on there, however short its next sentence.
func TestShortSentenceEndsList(t *testing.T) {
	sentence := "Six members of the society testified against him."
	para := "One of them, a 64-year-old cassava farmer, told the court she had saved money with the society for eleven years."
	in := body + "Related News\n\nPolice arrest three over cooperative loan scam\n\nCourt remands trader over forged land documents\n\n" +
		sentence + "\n\n" + para + "\n\n" + body2
	keptAndGone(t, c0(t).Text(in), []string{sentence, para}, []string{"Police arrest", "Court remands"})
}

func TestListInsideArticle(t *testing.T) {
	para := "According to the transport office, about 23,000 pupils will benefit. The service will cost nine million a year."
	in := body + "Read also:\n\nGovernor signs new budget into law\n\nBlackout hits coastal towns as storm makes landfall\n\n" +
		para + "\n\nWhat the drivers say\n\n" + body2
	keptAndGone(t, c0(t).Text(in), []string{para}, []string{"Governor", "Blackout"})
}

// TestLabelTakesOneLink checks that a label of one story link ("Read
// also") inside the article takes the headline under it, in any language,
// and that a heading that can end an excerpt ("Read more") does not: a
// subheading may follow it.
func TestLabelTakesOneLink(t *testing.T) {
	link := "Governor signs new budget into law after long night"
	for _, tt := range []struct {
		label string
		gone  bool
	}{
		{"Read also", true},
		{"Leggi anche", true},
		{"Lees ook", true},
		{"Lesen Sie auch:", true},
		{"Read more", false},
	} {
		res := c0(t).Text(body + tt.label + "\n\n" + link + "\n\n" + body2)
		if gone := !strings.Contains(res.Text, link); gone != tt.gone {
			t.Errorf("%s: link gone = %v, want %v: %+v", tt.label, gone, tt.gone, res.Removed)
		}
		if !strings.Contains(res.Text, "wages had not kept pace") {
			t.Errorf("%s: text after the link lost", tt.label)
		}
	}
	// A user's label works the same.
	if res := withUserLabel(t).Text(body + "Further reading\n\n" + link + "\n\n" + body2); strings.Contains(res.Text, link) {
		t.Errorf("user label kept the link: %q", res.Text)
	}
}

// withUserLabel returns a cleaner with a user's label rule, "Further
// reading", beside the built-in rules.
func withUserLabel(t *testing.T) *Cleaner {
	t.Helper()
	rules, err := ParseRules(strings.NewReader("[related]\nlabel further reading\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(Options{Rules: rules})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestLabelWithItsLink checks that a label set on one line with the story
// it links ("Pročitajte i: …", "READ | …") removes that line, and only it:
// the subheading under it stays, where a label alone would take it.
func TestLabelWithItsLink(t *testing.T) {
	subhead := "What the Council Decided"
	c := withUserLabel(t)
	for _, line := range []string{
		"Pročitajte i: Cijene maslinovog ulja ove godine padaju, evo koliko košta litra",
		"Čítajte viac: Starostovia pred súdom: Tieto prípady riešil súd",
		"Also worth reading | Fewer riders caught speeding on footpaths",
		"Further reading: Governor signs new budget into law", // a user's label
	} {
		res := c.Text(body + line + "\n\n" + subhead + "\n\n" + body2)
		keptAndGone(t, res, []string{subhead, "wages had not kept pace"}, []string{line})
	}
	// A label's words that open a sentence are no label.
	sentence := "Further reading of the report shows that the council knew of the deficit in March."
	keptAndGone(t, c.Text(body+sentence+"\n\n"+body2), []string{sentence}, nil)
}

// TestLinkBeforeLastSentences checks that a label's link near the end of
// the article takes only its headline: the short sentences that close the
// article under it stay.
func TestLinkBeforeLastSentences(t *testing.T) {
	last := []string{"Civic groups asked for a public hearing on fares.", "The city will take comments online until the end of the month."}
	in := body + body2 + "Read also\n\nSubway line extension to break ground next year\n\n" + strings.Join(last, "\n\n") + "\n\n(c) 2025 Metro News. All rights reserved.\n"
	keptAndGone(t, c0(t).Text(in), last, []string{"Subway line extension", "All rights reserved"})
}

// TestLinkUnderShortLead checks that a label's link under a lead of
// short sentences, none a good paragraph on its own, takes its headline,
// and that the lead stays.
func TestLinkUnderShortLead(t *testing.T) {
	lead := []string{"The county restored rural bus services to six villages on Monday morning.", "Drivers said the first buses of the day left full."}
	in := "Villages win back their bus routes\n\nBy Jane Smith\n\nShare on Facebook\n\n" + strings.Join(lead, "\n\n") +
		"\n\nRead also\n\nCouncil approves new cycle lanes for the city centre\n\nMarch 3, 2024\n\n" + body + body2
	keptAndGone(t, c0(t).Text(in), append(lead, "wages had not kept pace"), []string{"Council approves new cycle lanes"})
}

// TestLabelOverTable checks that a label's link over a table of the text
// takes only its headline: the table, its caption and head row, and the
// text after it stay.
func TestLabelOverTable(t *testing.T) {
	table := []string{"Match statistics", "| Chrudim | Litomysl", "Shots on goal | 38 | 24", "Power plays | 4 | 5", "Faceoffs won | 31 | 27",
		"Game two of the series is on Wednesday at six in Chrudim."}
	in := body + body2 + "Read also\n\nPlay-off bracket, schedule and results\n\n" + strings.Join(table, "\n\n") + "\n\nFollow us on social media\n\nTopics:\n\nHockey\n"
	keptAndGone(t, c0(t).Text(in), table, []string{"Play-off bracket"})
}

// TestLabelOverList checks that a label's link over a list of the text
// takes only its headline: a line that announces the list, or a short
// heading, starts the text again.
func TestLabelOverList(t *testing.T) {
	recipe := []string{"Ingredients:", "2 cups of rice", "3 ripe tomatoes, grated", "1 large onion", "Salt and black pepper",
		"Method:", "Wash the rice and leave it to drain for half an hour while you prepare the tomatoes and the onion for the filling."}
	facts := []string{"MATCH FACTS", "Rovers 2-1 United (0-1)", "Rovers Park, attendance: 1843.", "Referee: Tom Aune, Molde.", "Goals: 0-1 Moe (31), 1-1 Hauge (58), 2-1 Brekke (65)."}
	for _, text := range [][]string{recipe, facts} {
		in := body + "Read also\n\nTen dishes to cook with what is left in the fridge\n\n" + strings.Join(text, "\n\n") + "\n\n" + body2 + "Follow us on social media\n"
		keptAndGone(t, c0(t).Text(in), text, []string{"Ten dishes to cook"})
	}
}

// TestPromptInsideText checks that a newsletter prompt between the
// paragraphs of the text does not part them: the short lines of a list
// under it stay with the text, while the prompt goes.
func TestPromptInsideText(t *testing.T) {
	list := []string{"Serves 4", "Ingredients", "8 chicken thighs, skin on", "2 fennel bulbs, cut into wedges", "1 red onion, cut into wedges",
		"6 garlic cloves, crushed", "3 tbsp olive oil", "Salt and pepper", "Method"}
	prompt := "Get the best of our food pages delivered to your inbox every Tuesday. Sign up to our newsletter."
	in := body + prompt + "\n\n" + strings.Join(list, "\n\n") + "\n\n" +
		"1. Heat the oven to 220C. Pat the chicken dry with paper towel and season it well with salt and pepper.\n\n" +
		"2. Spread the fennel, onion and garlic over a large roasting tray, drizzle with oil and roast for half an hour.\n\n" + body2
	keptAndGone(t, c0(t).Text(in), list, []string{prompt})
	// After the text, the prompt still parts it from what follows.
	after := []string{"Reader replies (57)", "saarlane", "Half the village has filled a shed with it :)", "Anonymous", "Salt water ruins coffee, do not try it."}
	in = body + body2 + "Join our WhatsApp channel and get the news first!\n\n" + strings.Join(after, "\n\n") + "\n"
	keptAndGone(t, c0(t).Text(in), nil, after)
}

// TestTableHeadRow checks that the head row of a table set in pipes, names
// between pipes as a menu has them, stays with the rows of figures under
// it, while a menu of the same shape goes.
func TestTableHeadRow(t *testing.T) {
	table := []string{"Final results for the council:", "Candidate | Votes | Share", "Amit Ben Haim | 3,412 | 54.3%", "Dani Mizrahi | 2,771 | 44.1%", "Michael Ezra | 101 | 1.6%"}
	in := "Home | News | Sport | Business\n\n" + body + "Advertisement\n\n" + strings.Join(table, "\n\n") + "\n\n" + body2
	keptAndGone(t, c0(t).Text(in), table, []string{"Home | News"})
}

// TestFactBoxLabelTwice checks that a match's facts that give each team
// its coach stay whole: the repeated label starts the next part of the box.
func TestFactBoxLabelTwice(t *testing.T) {
	facts := []string{"Match facts", "Municipal Stadium", "Referee: Pedro Nogueira", "ROVERS: Rui Tome; Diogo Lemos, Tiago Bras, Fabio Correia and Ivo Sardinha; Paulinho, Goncalo Rito and Edmilson; Hugo Cardeira, Andre Vale and Nuno Pires.",
		"Coach: Vitor Marcelino", "UNITED: Henrique Alves; Joao Frade, Martim Sousa, Vasco Leite and Ricardo Pinho; Nelson Mota, Rafael Pequeno and Andre Lobo; Bruno Sa, Luis Dias and Rui Costa.",
		"Coach: Abel Castanheira", "Half time: 0-1", "Goals: Rafael Pequeno (21'), Tiago Bras (68'), Hugo Cardeira (87')", "Bookings: Paulinho (34'), Nelson Mota (59'), Martim Sousa (85')"}
	in := body + body2 + strings.Join(facts, "\n\n") + "\n\nShow comments\n\nLeague Three\n"
	keptAndGone(t, c0(t).Text(in), facts, []string{"Show comments"})
}

// TestStandfirstOfNames checks that a standfirst full of names, with more
// capitals than a sentence usually has, stays under its headline: it ends
// with a full stop, as a title-case headline does not. The author's bare
// name over the date goes: no heading of the text stands over a date.
func TestStandfirstOfNames(t *testing.T) {
	head := []string{"Late drama as Rovers beat United in added time",
		"Rovers Park Rangers beat United Krzemienica 3-2 in Round 12 of the Third League, Kamil Nowak Scoring the Winner."}
	text := "Rovers had led since the seventeenth minute after a header from Dawid Lis, and for an hour nothing suggested the drama that was to come in the last minutes.\n\n" +
		"Everything changed after the hour. United equalised through Mateusz Rudnik and took the lead six minutes later, before Rovers came back twice in the last ten minutes.\n\n" +
		"Kamil Nowak scored the winner in the third minute of added time, and the home fans ran onto the pitch after the final whistle.\n\n"
	in := "Home | News | Sport | Business\n\nFootball\n\n" + strings.Join(head, "\n\n") + "\n\nPawel Krajewski\n\n19 October 2025, 21:47\n\nShare\n\n" + text
	keptAndGone(t, c0(t).Text(in), head, []string{"Home | News", "Pawel Krajewski"})
}

// TestCreditedCaptions checks that the captions of photos inside the text,
// lines without a full stop that a credit follows, go with their credits,
// while a sentence of the text over a credit and a headline over the
// first photo stay.
func TestCreditedCaptions(t *testing.T) {
	captions := []string{"The braziers lit in the town square at dawn", "Nonna Adelina, 91, the oldest of the chestnut cooks"}
	sentence := "The festival ends on Sunday evening with a concert in the church."
	in := "Chestnut festival draws record crowds to the village\n\nPhoto: Marco Lenzi\n\n" + body +
		captions[0] + "\n\nPhoto: Marco Lenzi\n\n" + body2 + captions[1] + "\n\n(foto di Marco Lenzi)\n\n" +
		"Bus operators said extra services would run to the village on both days of the festival.\n\n" + sentence + "\n\nPhoto: Marco Lenzi\n\n" +
		"Organisers said next year's festival would run over three days instead of two.\n"
	res := c0(t).Text(in)
	keptAndGone(t, res, []string{"Chestnut festival draws record crowds", sentence}, captions)
	for _, r := range res.Removed {
		if r.Text == captions[0] && r.Category != Caption {
			t.Errorf("%q went as %s", r.Text, r.Category)
		}
	}
}

// TestInterviewGoesOn checks that a related-stories heading inside an
// interview does not end it: the answers after it are running prose, with
// the interviewer's short questions between them.
func TestInterviewGoesOn(t *testing.T) {
	qa := []string{
		"–¿Hay algo que se pueda hacer?",
		"–A escala local, proteger las zonas de montaña, no permitir obras que aceleren la pérdida y medir mejor cada temporada. A escala global, ya sabemos lo que hay que hacer.",
		"–¿Cómo se vive eso en lo personal?",
		"–Con una mezcla rara. Me encanta mi trabajo, pero a veces siento que soy la persona que toma notas en una despedida muy lenta, año tras año, en el mismo lugar.",
		"–¿Y los estudiantes que se suman?",
		"–Vienen con mucha energía. Este año tuvimos cuarenta postulantes para cuatro lugares de campaña, y eso me da esperanza para lo que viene en la próxima década.",
	}
	before := "–¿Qué encontró este verano?\n\n–El glaciar perdió, en promedio, un metro y medio de espesor en la zona de las balizas. Parece poco si uno piensa en un bloque de hielo, pero es el doble de lo que medíamos hace veinte años.\n\n" +
		"–¿Se puede ver a simple vista?\n\n–Sí. Hay una piedra enorme que usamos de referencia para las fotos. Cuando empezamos, el frente del glaciar la tocaba; hoy está a unos trescientos metros de ella y la distancia crece cada verano.\n\n"
	cjk := []string{"明報：退休後有甚麼打算？", "梁：陪老婆去旅行，第一站去葡萄牙，聽講嗰邊都有好舊嘅電車。", "明報：還會坐電車嗎？", "梁：一定會，不過要坐上層，終於可以做乘客。"}
	cjkBefore := "明報：三十八年來最深刻的一次是甚麼？\n\n梁：九十年代有一次喺灣仔，一個細路仔突然由行人路衝出嚟執波。我即刻踩盡煞掣，車停喺佢前面大約一米。嗰一刻我手震到成日都停唔到。最怕的不是塞車，是有人突然衝出路軌。\n\n" +
		"明報：現在的乘客跟以前有甚麼分別？\n\n梁：而家個個都望住手機，好少人望出窗。不過遊客多咗，佢哋好鍾意坐上層最前嗰個位，影相影到唔願落車。\n\n"
	keptAndGone(t, c0(t).Text(cjkBefore+"相關文章\n\n電車新路線圖出爐 北角總站擬改建\n\n"+strings.Join(cjk, "\n\n")+"\n\n（明報記者）\n\n上一篇：過百年唐樓活化做書店\n"), cjk, []string{"電車新路線圖出爐"})
	in := body + before + "Más información\n\nNevadas escasas: los embalses de Cuyo empiezan el otoño por debajo de la media\n\n" + strings.Join(qa, "\n\n") + "\n\nComentarios\n\nPara comentar, ingresá o suscribite.\n"
	keptAndGone(t, c0(t).Text(in), qa, []string{"Nevadas escasas", "Para comentar"})
}

// TestChannelCitedKept checks that a sentence of the text that cites an
// official's channel is not taken for a prompt to follow the site's.
func TestChannelCitedKept(t *testing.T) {
	cited := "Про це повідомив міський голова Кременчука Олег Сидоренко у своєму Telegram-каналі."
	keptAndGone(t, c0(t).Text(body+cited+"\n\n"+body2), []string{cited}, nil)
}

// TestHeadingsShareLists checks that each heading takes the list under
// it, up to the next heading, so that each removal names its own heading.
func TestHeadingsShareLists(t *testing.T) {
	in := body + "Most popular\n\nBridge repairs to close the ring road\n\nLibrary opens on Sundays\n\n" +
		"Related\n\nGovernor signs new budget into law\n\nBlackout hits coastal towns as storm makes landfall\n\n" + body2
	res := c0(t).Text(in)
	want := map[string]string{
		"Library opens on Sundays":           `after heading "most popular"`,
		"Governor signs new budget into law": `after heading "related"`,
	}
	for _, r := range res.Removed {
		if w, ok := want[r.Text]; ok {
			if !strings.HasPrefix(r.Rule, w) {
				t.Errorf("%q removed by %q, want %s", r.Text, r.Rule, w)
			}
			delete(want, r.Text)
		}
	}
	if len(want) > 0 {
		t.Errorf("not removed: %v", want)
	}
}

// TestBylineBio checks that the author's biography at the end of the
// text goes when it opens with the byline's name, and stays when the text
// is about that person or more text follows it.
func TestBylineBio(t *testing.T) {
	bio := "Jane Smith is a transport reporter who has covered the regions for ten years. She lives in the valley."
	res := c0(t).Text("By Jane Smith\n\n" + body + body2 + bio + "\n\nShare\n")
	if strings.Contains(res.Text, bio) {
		t.Errorf("biography kept: %q", res.Text)
	}
	subject := "Jane Smith, who runs the village shop, said the old bus was her only way to the town.\n\n"
	if res := c0(t).Text("By Jane Smith\n\n" + subject + body + body2 + bio + "\n"); !strings.Contains(res.Text, bio) {
		t.Errorf("paragraph about the person in the text lost: %+v", res.Removed)
	}
	more := "Readers wrote in to say that the new timetable still leaves the last villages without an evening bus to the town.\n\n" +
		"Others asked whether the school routes would run in the holidays, which the council has not yet decided.\n"
	if res := c0(t).Text("By Jane Smith\n\n" + body + body2 + bio + "\n\n" + more); !strings.Contains(res.Text, bio) {
		t.Errorf("paragraph with text after it lost: %+v", res.Removed)
	}
}

// keptGone is a document and the lines cleaning it must keep and remove.
type keptGone struct {
	name, in string
	kept     []string // lines that must stay, as often as the input has them
	gone     []string // lines that must go
}

func runKeptGone(t *testing.T, tests []keptGone) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := c0(t).Text(tt.in)
			keptAndGone(t, res, nil, tt.gone)
			for _, k := range tt.kept {
				if strings.Count(res.Text, k) < strings.Count(tt.in, k) {
					t.Errorf("%q lost: %+v", k, res.Removed)
				}
			}
		})
	}
}

// TestClosingNotice checks that a legal notice after most of the text
// closes the page, and that a photo's credit or prose after it does not.
func TestClosingNotice(t *testing.T) {
	dialog := "Join us for free printables and fresh ideas sent to your inbox!\n\n" +
		"When you join our list we send you the links to our printables, and every week our new crafts and ideas as well.\n\n" +
		"Email\n\nClose\n"
	credited := "The minister at the depot on Monday, where the first new buses stood ready. © Jane Smith / City Photos\n\n" +
		"Bus fares will stay the same\n\n" +
		"Fares are to stay at their current level for at least two years, the council said, whatever the cost of the new routes.\n"
	prose := "Readers wrote in to say that the new timetable still leaves the last villages without an evening bus to the town.\n\n" +
		"Others asked whether the school routes would run in the holidays, which the council has not yet decided.\n"
	body3 := "The council will publish the full timetable for each route in the spring, once the operators have been chosen.\n\n" +
		"Villages that lost their buses first will be served first, the transport committee decided at its last meeting.\n\n"
	signup := "Register\n\nNickname\n\nPassword:\n\nConfirm the password:\n\nEnter the code\n\nLog in\n\nCommunity rules\n\n" +
		"The site may delete a comment that has nothing to do with the article, or that stirs up hatred against anyone at all.\n\n" +
		"A comment is deleted when it insults other readers, threatens them, or publishes what they wished to keep private.\n"
	tests := []keptGone{
		{"dialog after the notice", body + body2 + "Copyright © 2012 Example Media. All Rights Reserved\n\n" + dialog,
			nil, []string{"When you join our list", "Email", "Close"}},
		{"a notice that names the rights inside a line", body + body2 + "Example Media publishes this site. Alle Rechte vorbehalten\n\n" + dialog,
			nil, []string{"When you join our list"}},
		{"a sign-up dialog's terms further down", body + body2 + body3 + prose + "\n© 2020 Example Media. All rights reserved.\n\n" + signup,
			nil, []string{"The site may delete a comment", "A comment is deleted"}},
		{"a photo's credit", body + body2 + credited, []string{"Bus fares will stay the same", "Fares are to stay"}, nil},
		{"a notice over the text", "© 2012 Example Media\n\n" + body + body2, []string{"rural bus services", "Bus operators welcomed"}, nil},
		{"prose after the notice", body + body2 + "© 2012 Example Media\n\n" + prose, []string{"Readers wrote in", "Others asked"}, nil},
	}
	runKeptGone(t, tests)
}

// TestCellTables checks that a table of the text given one cell per line
// stays, with its title and column names, and that cells elsewhere, or of
// two columns, do not.
func TestCellTables(t *testing.T) {
	rows := []string{"Date", "Amount", "Contributor",
		"2020-09-01", "$2,800", "Mark Dings",
		"2020-09-01", "$250", "Theodora Hancock",
		"2020-09-03", "$500", "Thomas G. Peebles",
		"2020-09-03", "$2,000", "Larry Fleming"}
	table := strings.Join(rows, "\n\n") + "\n\n"
	// Two tables with a title each: the second repeats the columns and
	// rows of the first, which makes its title and column names a run of
	// title-case lines once the repeats are kept.
	metro := func(title string, cells ...string) string {
		return title + "\n\nMetropolitan Statistical Area\n\nMedian Price\n\nYearly Change\n\nMonthly Change\n\n" + strings.Join(cells, "\n\n") + "\n\n"
	}
	prices := metro("July 2012 Changes in Median Price, Single-Family Homes",
		"Phoenix", "$83", "28.7%", "-2.1%", "Los Angeles", "$253", "1.7%", "1.1%",
		"San Diego", "$215", "3.1%", "1.4%", "Denver", "$140", "5.2%", "0.4%")
	listings := metro("July 2012 Changes in Number of Homes for Sale",
		"Phoenix", "15,516", "-20.7%", "5.5%", "Los Angeles", "9,012", "-31.2%", "-1.1%",
		"San Diego", "4,215", "-25.1%", "-2.4%", "Denver", "6,140", "-15.2%", "0.4%")
	intro := "The following table lists all contributions to the campaign in September, as the commission published them.\n\n"
	counts := "Politics\n\n12%\n\nEconomy\n\n8.7%\n\nSport\n\n6.4%\n\nCulture\n\n5.1%\n\nScience\n\n3.2%\n\n"
	tests := []keptGone{
		{"after the text", body + intro + table + body2, rows, nil},
		{"under its title", body + intro + "Contributions To The Campaign In September\n\n" + table + body2, append([]string{"Contributions To The Campaign In September"}, rows...), nil},
		{"tables under their titles, with the same columns", body + prices + "Inventory is down across the nation, with California still falling faster than everywhere else, the report found.\n\n" + listings + body2,
			[]string{"July 2012 Changes in Number of Homes for Sale", "Metropolitan Statistical Area", "Yearly Change", "San Diego", "15,516", "-31.2%"}, nil},
		{"in a sidebar", body + body2 + "Menu\n\nHome\n\nNews\n\n" + table + "Contact\n\nAbout us\n", nil, []string{"$2,800", "Theodora Hancock"}},
		{"two columns", body + body2 + counts, nil, []string{"Economy", "8.7%"}},
	}
	runKeptGone(t, tests)
}

// TestCommentLabelsOfTeasers checks that a comment heading each teaser of
// a grid repeats does not end the article set after the grid, while a
// thread's heading, shown over the thread and under it, still does.
func TestCommentLabelsOfTeasers(t *testing.T) {
	card := func(headline, summary string) string {
		return headline + "\n\n" + summary + "\n\nComments\n\n"
	}
	grid := card("Bridge repairs to close the ring road for a month", "Engineers found cracks in two supports of the bridge during a routine inspection last week, and the council said the work could not wait.") +
		card("Library opens on Sundays", "The central library will open on Sunday afternoons from next month, after a campaign by parents and students who asked for more space to study.") +
		card("Market square to lose its car park", "Traders fear for their customers once the car park on the market square closes for the new fountain and the benches the council has promised.") +
		card("Swimming pool reopens after repairs", "The pool on the river bank reopens on Saturday after a year of repairs to its roof, which leaked so badly last winter that the lanes were closed.") +
		card("School choir wins national prize", "The choir of the town's secondary school won the national prize for young choirs on Sunday, the first school from the region to win it in thirty years.")
	thread := "Comments\n\nJane\n\nAbout time the villages got their buses back, they should never have been cut in the first place.\n\n" +
		"Tom\n\nWho is going to pay the drivers, though? The council has no money for the roads as it is.\n\nComments\n"
	runKeptGone(t, []keptGone{
		{"article after the grid", grid + "Villages win back their bus routes\n\n" + body,
			[]string{"rural bus services", "Officials said the first new routes"}, nil},
		{"thread under the article", body + body2 + thread, nil, []string{"About time the villages", "Who is going to pay"}},
	})
}

// TestRelatedEndsArticle checks that a related-stories heading after most
// of the article takes the teasers, headlines and prose after it.
func TestRelatedEndsArticle(t *testing.T) {
	teasers := "Most popular\n\nBridge repairs to close the ring road for a month\n\n" +
		"Engineers found cracks in two supports of the bridge during a routine inspection last week, and the council said the work could not wait.\n\n" +
		"Library opens on Sundays\n\n" +
		"The central library will open on Sunday afternoons from next month, after a campaign by parents and students who asked for more space to study.\n"
	res := c0(t).Text(body + body2 + teasers)
	if res.Text != strings.TrimSuffix(body+body2, "\n") {
		t.Fatalf("got %q", res.Text)
	}
	// An author box ends the article too.
	box := "About Jane Smith\n\nJane Smith covers transport and the regions, and joined the paper after ten years at a news agency in the capital.\n\nFollow Jane\n"
	if res := c0(t).Text(body + body2 + box); res.Text != strings.TrimSuffix(body+body2, "\n") {
		t.Fatalf("got %q", res.Text)
	}
	// Two paragraphs in a row after the heading are the article going on.
	res = c0(t).Text(body + "Most popular\n\n" + body2)
	if !strings.Contains(res.Text, "wages had not kept pace") {
		t.Fatalf("article after the heading lost: %q", res.Text)
	}
}

// TestClosingHeadlines checks that headlines after the article, with no
// heading over them and nothing but rules after them, go; a list that a
// sentence introduces, or that text follows, stays.
func TestClosingHeadlines(t *testing.T) {
	headlines := "Marseille : un homme tué par balle dans les quartiers nord\n" +
		"Canicule : la préfecture déclenche l'alerte orange\n" +
		"OM : le nouvel entraîneur présenté lundi\n" +
		"Métropole : les transports gratuits le week-end dès septembre\n"
	res := c0(t).Text(body + body2 + headlines + "© 2024 La Provence\n")
	if res.Text != strings.TrimSuffix(body+body2, "\n") {
		t.Fatalf("got %q", res.Text)
	}
	for _, r := range res.Removed[:4] {
		if r.Category != Related {
			t.Errorf("%q removed as %s, want related", r.Text, r.Category)
		}
	}
	kept := []string{
		// introduced by the text
		body + "Bus operators welcomed the plan, and the council named the first stops that the new routes will serve:\n" + headlines,
		// followed by more text
		body + headlines + "\n" + body2,
	}
	for _, doc := range kept {
		if res := c0(t).Text(doc); !strings.Contains(res.Text, "OM : le nouvel entraîneur présenté lundi") {
			t.Errorf("list lost: %q", res.Text)
		}
	}
	// A Japanese blog's last short sentences, without their "。", are
	// no headlines; headlines set spaces between their phrases.
	blog := "弥山から下る途中の展望ポイントから大日山や稲村ヶ岳がよく見えて、しばらく景色を眺めながら休憩しました。\n\n" +
		"大普賢岳の姿も雄大で、何度来ても飽きない眺めだと思いながら、ゆっくりと下山の準備を始めました。\n\n"
	closing := "理源大師様、天気でいてくれてありがとうございます\n\n奥駈出合まできました\n\nたくさんの人が休憩していてトンネル西へ下られるようです\n\n" +
		"ワシ一人だけが奥駈道を一ノ垰まで歩きます\n\n急下りだけどトンネル西への荒れた道の事を考えたら膝に優しくいい感じです\n\n" +
		"行者還トンネル東口にきました\n\n無事に何事もなく終えたことに感謝です\n\nコメント\n\nTweet\n"
	if res := c0(t).Text(blog + closing); !strings.Contains(res.Text, "ワシ一人だけが奥駈道を一ノ垰まで歩きます") {
		t.Errorf("blog's closing sentences lost: %+v", res.Removed)
	}
	japanese := "北海道で2例目の感染者確認 写真\n\n柔道・丸山が左膝負傷 GS欠場 写真\n\n東芝 子会社で架空取引435億円 写真\n\n長崎沖で漂流 男性3人死亡\n"
	if res := c0(t).Text(blog + japanese); strings.Contains(res.Text, "長崎沖で漂流") {
		t.Errorf("closing Japanese headlines kept: %q", res.Text)
	}
}

// TestStorySummaries checks that a related-stories heading after the
// article takes a list that alternates headline and one-sentence summary,
// even when prose follows the list or some summaries are too short to be
// good text alone, while a list under a heading that runs into the article
// keeps the article.
func TestStorySummaries(t *testing.T) {
	stories := "More on this story\n\nBridge repairs to close the ring road\n\n" +
		"Engineers found cracks in two supports of the bridge during a routine inspection last week.\n\n" +
		"Library opens on Sundays\n\n" +
		"The central library will open on Sunday afternoons from next month, after a campaign by parents.\n\n" +
		"Quiz of the week\n\nSeven questions on the news of the week, and how many you can answer.\n\n"
	// Prose after the list, as a second story on the page, keeps the
	// heading from taking everything after it.
	after := "Farmers in the north said the storm had flattened much of the wheat that was still standing in the fields.\n\n" +
		"The ministry said it would decide next week whether the worst hit districts could apply for emergency aid.\n"
	res := c0(t).Text(body + body2 + stories + after)
	for _, gone := range []string{"Engineers found cracks", "central library", "Seven questions"} {
		if strings.Contains(res.Text, gone) {
			t.Errorf("summary %q kept: %q", gone, res.Text)
		}
	}
	if !strings.Contains(res.Text, "wages had not kept pace") || !strings.Contains(res.Text, "emergency aid") {
		t.Fatalf("article lost: %q", res.Text)
	}
	// Summaries too short to be good text alone keep the alternation.
	dated := "Related articles\n\n11:31 05/02\nMinister retires after four decades in politics\n" +
		"The minister said on Sunday that he would not stand again, after forty-three years in which he held almost every office.\n" +
		"11:21 05/02\nFighting goes on in the east\nBoth sides report heavy losses.\n" +
		"11:07 05/02\nPolice break up a fuel smuggling ring\n" +
		"The ring sold fuel that it had brought into the country without paying duty, and it had officers of the police on its books.\n" +
		"10:56 05/02\nStorm reaches the capital\nSnow closes the northern suburbs.\n"
	res = c0(t).Text(body + body2 + dated + after)
	for _, gone := range []string{"forty-three years", "heavy losses", "without paying duty", "Snow closes"} {
		if strings.Contains(res.Text, gone) {
			t.Errorf("summary %q kept: %q", gone, res.Text)
		}
	}
	// A summary may run to three sentences, and a date after them.
	long := "DW recommends\n\nHip Berliners drink foreign beer\n\n" +
		"Germany often considers itself the be-all and end-all of beer. But drinkers in Berlin are discovering that the spectrum of brews extends far beyond light, dark and wheat. Our reporter goes out for a pint. (31.05.2013)\n\n" +
		"Palace wine cellar partly up for auction\n\n" +
		"Times must be really hard when the presidential office starts selling some of its top domestic wines. A two-day auction should help refill state coffers, officials in Paris have said. (30.05.2013)\n\n" +
		"German cuisine made in the USA\n\n" +
		"A cookbook from New York is America's classic guide to German cuisine. Veganism may be trendy right now, but that hasn't stopped young New Yorkers from falling in love with meat-heavy dishes. (03.04.2013)\n\n"
	res = c0(t).Text(body + body2 + long + after)
	for _, gone := range []string{"be-all and end-all", "two-day auction"} {
		if strings.Contains(res.Text, gone) {
			t.Errorf("summary %q kept: %q", gone, res.Text)
		}
	}
	// A box of the most read set into the text: the paragraph under its
	// headlines goes on past a photo's caption and a subheading.
	box := "Most Read Business Stories\nHotels roll out robots to serve guests\nPlane maker finds a flaw in its simulator\n" +
		"A war brews over lithium mining\nHow to make a down payment without wrecking your finances\n" +
		"As it tries to convince shoppers that it has lower prices, the grocer has been careful to keep its name for quality.\n" +
		"The grocer touted a price cut on halibut as part of an announcement on lower prices for hundreds of items. (Ellen Banner / The Valley Times)\n" +
		"The grocer's future\n" + body2
	res = c0(t).Text(body + box)
	if !strings.Contains(res.Text, "careful to keep its name") || !strings.Contains(res.Text, "struggle to hire") {
		t.Errorf("article paragraph after a most-read box lost: %q", res.Text)
	}
	if strings.Contains(res.Text, "lithium mining") {
		t.Errorf("most-read box kept: %q", res.Text)
	}
	// A list heading above the article: headlines run into the article's
	// own headline and its paragraphs, which stay.
	listicle := "Don't miss\n\nHoliday gift guide\n\nHelp the city bounce back\n\nThree dresses for the holidays\n\n" +
		"Holiday parties are a great excuse to dress up, and these three frocks will suit every style.\n\n" +
		"The Maximalist\n\nThis tutu dress sprinkled with sequins and stones will have her doing cartwheels.\n\n" +
		"The Minimalist\n\nThis classic black knit jumper benefits from just a bit of seasonal bling.\n\n"
	res = c0(t).Text(listicle + body)
	for _, kept := range []string{"Holiday parties", "tutu dress", "knit jumper"} {
		if !strings.Contains(res.Text, kept) {
			t.Errorf("article paragraph %q lost: %q", kept, res.Text)
		}
	}
}

// TestStoryIndex checks that a section front, headlines with a summary
// each on different subjects among more headlines, loses its stories,
// while an article whose paragraphs each sit under a subheading on one
// subject keeps them.
func TestStoryIndex(t *testing.T) {
	front := "World\nBusiness\nHealth\nScience\n" +
		"Genetic signs of Alzheimer's found\nGenetic markers could show who is at risk of developing the disease, researchers say.\n" +
		"Potassium 'cuts stroke risk'\nEating more potassium and less salt lowers blood pressure, a review of trials finds.\n" +
		"Male baldness linked to heart trouble\nMen going thin on top may be more likely to have problems with their hearts.\n" +
		"Four more cases of bird flu in China\nFour new cases of the bird flu virus have been identified by authorities in Shanghai.\n" +
		"Drugs 'may save sight'\nDrugs that lower cholesterol may prevent one of the most common forms of blindness.\n" +
		"Obama proposes brain mapping project\nWarning over patchy dementia care\nCystic fibrosis bug spread discovery\n" +
		"Charity urges more diabetes checks\nTwo men die of bird flu in China\nMicrochip could help cut obesity\n" +
		"Weight loss surgery bacteria find\nHeart patients helped by vest\nDentist's patients face HIV test\n"
	res := c0(t).Text(front)
	if res.Text != "" {
		t.Errorf("section front kept:\n%s", res.Text)
	}
	for _, r := range res.Removed {
		if strings.Contains(r.Text, "cholesterol") && r.Category != Related {
			t.Errorf("summary removed as %s, want related", r.Category)
		}
	}
	tips := "Top games\nNew videos\nLatest news\nGet support\nOnline shop\nOur community\nWork with us\nPress room\nContact us\nPrivacy policy\nTerms of use\nSite map\n" +
		"Fractured Soul: three new videos on the eShop\nThree new videos on the eShop give players a look at Fractured Soul and its speed runs.\n" +
		"An introduction\nWhat is Fractured Soul? Find out what it is all about and why it is so unique among the games of the year.\n" +
		"Rhythm and flow\nGet into the flow of Fractured Soul, developed with a gameplay rhythm in mind.\n" +
		"Speed running\nClimb the leaderboard in no time with these speed running tricks for Fractured Soul.\n" +
		"Hidden secrets\nEvery level of Fractured Soul hides a secret that speed runners will want to find.\n" +
		"Boss fights\nThe bosses of Fractured Soul test both halves of the screen at once, and each of them needs a plan of its own.\n"
	if res := c0(t).Text(tips); !strings.Contains(res.Text, "leaderboard") || !strings.Contains(res.Text, "hides a secret") {
		t.Errorf("article under subheadings lost:\n%s", res.Text)
	}
}

// TestHeadlineRun checks that a run of short title-case lines between two
// paragraphs, a sidebar list, goes although good text surrounds it.
func TestHeadlineRun(t *testing.T) {
	list := "Bad Apples: Why Teams Fail\nThe Human Equation\nHow Breakthroughs Happen\nDesigning Interactions for Modern Offices\nDignity at Work\n\n"
	res := c0(t).Text(body + list + body2)
	if strings.Contains(res.Text, "Human Equation") {
		t.Fatalf("list kept: %q", res.Text)
	}
	for _, r := range res.Removed {
		if r.Category != Fragment || r.Rule != "structure: run of headline-like lines" {
			t.Errorf("removal %+v", r)
		}
	}
	// A short list in lower case, such as ingredients, stays.
	ingredients := "two cups of flour\none egg\na pinch of salt\nhalf a cup of milk\n\n"
	if res := c0(t).Text(body + ingredients + body2); !strings.Contains(res.Text, "a pinch of salt") {
		t.Fatalf("ingredients lost: %+v", res.Removed)
	}
}

// TestMarkersAreTransparent checks that a short line set between dates,
// bylines or advertisement markers, as a short comment or a short
// paragraph is, takes its class from the text beyond them: such markers
// appear inside articles as often as outside them, and say nothing of
// their neighbours.
func TestMarkersAreTransparent(t *testing.T) {
	for _, tt := range []struct{ in, short, marker string }{
		{"12 March 2024, 10:15\n\nFares will not rise.\n\n12 March 2024, 11:40\n\n", "Fares will not rise.", "10:15"},
		{"ADVERTISEMENT\n\nWhy now?\n\n", "Why now?", "ADVERTISEMENT"},
	} {
		res := c0(t).Text(body + tt.in + body2)
		if !strings.Contains(res.Text, tt.short) {
			t.Errorf("%q lost: %+v", tt.short, res.Removed)
		}
		if strings.Contains(res.Text, tt.marker) {
			t.Errorf("%q kept: %q", tt.marker, res.Text)
		}
	}
}

// TestTitleUnderSectionList checks that the headline list after a section
// heading gives up its last line when article text follows it: that line
// is the article's title.
func TestTitleUnderSectionList(t *testing.T) {
	tests := []struct{ name, in string }{
		{"over the text", "News\n\nSport\n\nWeather\n\nTravel\n\nVillages win back their bus routes\n\nReuters\n\n" + body + body2},
		// The list ends at prose as well as at good text: a sentence
		// that announces a quotation opens some articles.
		{"over a sentence that announces", "News\n\nFares rise again\n\nThe end of the night bus\n\nDrivers vote on a strike\n\nVillages win back their bus routes\n\n" +
			"Kyle Baxter writes about the villages' bus routes from a passenger's standpoint. He uses the eBus line as an example for what better links between towns could lead to:\n\n" +
			"For example, the 40 could wait for the train at Mill End. Then, I could leave the car at home on the days I work in the city, and so could my neighbours.\n\n" +
			"This is a shared sentiment among commuters. In my interview with Ann Baker, the woman behind the campaign said there was no reason buses and trains could not share one timetable.\n\n"},
		// "Add the site on" a logo ends in a function word, but does not
		// run on into the title under it.
		{"under a prompt to add the site", "Últimas Noticias\nDeportes\nWeather\nSalud\nTecno\nAgregar Infobae en\nVillages win back their bus routes\n" + body + body2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := c0(t).Text(tt.in)
			if !strings.HasPrefix(res.Text, "Villages win back their bus routes\n") {
				t.Fatalf("title lost: %q", res.Text)
			}
			if strings.Contains(res.Text, "Weather") || strings.Contains(res.Text, "Reuters") || strings.Contains(res.Text, "night bus") {
				t.Fatalf("section list kept: %q", res.Text)
			}
		})
	}
}

// TestMarketQuotesGo checks that a market widget's quotes over the
// headline go with the menus around them: a quote is no heading, and the
// headline it stands over does not vouch for it.
func TestMarketQuotesGo(t *testing.T) {
	quotes := []string{"Live Scores", "Standings", "BIST 100 9.842,15 %0,84", "DOLAR 36,6120", "EURO 39,8841", "ALTIN 3.412,50"}
	in := "Home | News | Sport | Business\n\n" + strings.Join(quotes, "\n") + "\n\nSport › Football\n\nVillages win back their bus routes\n\n" + body + body2
	keptAndGone(t, c0(t).Text(in), []string{"Villages win back their bus routes"}, quotes)
}

// TestEmailUnderHeadline checks that a reporter's address under the
// headline heads nothing: it goes, and takes neither the headline nor the
// caption under it into one paragraph on the next pass.
func TestChineseShareButtons(t *testing.T) {
	// Share buttons of Chinese sites between the headline and its text go;
	// the headline over them stays.
	in := "港特首就住宅违建事件道歉\n更新时间 2012年12月10日, 格林尼治标准时间10:41\n" +
		"Facebook\nTwitter\n人人\n开心网\n新浪微博\nqq空间\n联合报书签\n豆瓣\n转寄朋友\n打印文稿\n" +
		"香港行政长官在各方压力下就其大宅的违章建筑问题公开道歉，承认处理事件时有疏忽，并表示会接受公众监督。\n" +
		"他此前承认早在去年参选之前就已知悉其住宅存在问题，但一直没有公开交代，引起各界批评。\n" +
		"不过泛民主派议员们普遍指责他撒谎，要求他马上辞职，并表示将继续在立法会追究此事。\n"
	keptAndGone(t, c0(t).Text(in), []string{"港特首就住宅违建事件道歉"}, []string{"开心网", "qq空间", "联合报书签", "转寄朋友", "打印文稿"})
}

func TestTeaserCards(t *testing.T) {
	card := "Photo: dpa\nCouncil approves the budget for next year\n" +
		"The council approved next year's budget on Thursday evening after a long debate about school repairs.\nMore\n\n"
	more := "Drivers will be paid more from April, the operators said, and ten new buses are on order.\n\n"
	slider := card + "Library opens on Sundays\nThe central library will open on Sunday afternoons from next month, after a campaign by parents.\nMore\n\n" +
		"Pool reopens after repairs\nThe pool on the river bank reopens on Saturday after a year of repairs to its leaking roof.\nMore\n\n"
	tests := []struct {
		name       string
		in         string
		kept, gone []string
	}{
		{"inside the text", "Villages win back their bus routes\n\n" + body + card + more,
			[]string{"rural bus services", "Drivers will be paid"}, []string{"Council approves", "approved next year's budget"}},
		{"after the text", "Villages win back their bus routes\n\n" + body + body2 + card + card,
			[]string{"rural bus services", "struggle to hire"}, []string{"Council approves", "approved next year's budget"}},
		{"a prefix's phrase", "Villages win back their bus routes\n\n" + body + strings.Replace(card, "\nMore\n", "\nЧитать далее »\n", 1) + more,
			[]string{"rural bus services", "Drivers will be paid"}, []string{"Council approves", "approved next year's budget"}},
		// A lead over "Read more" before any text is the article itself,
		// but a row of cards is a slider of other stories.
		{"a lead", card + body, []string{"approved next year's budget"}, nil},
		{"a slider", slider + "Villages win back their bus routes\n\n" + body,
			[]string{"rural bus services"}, []string{"Council approves", "Library opens", "Pool reopens", "approved next year's budget"}},
		// A link that names its story takes the headline it names, with
		// the summary between them, or alone.
		{"a link naming its story", "Villages win back their bus routes\n\n" + body + body2 +
			strings.Replace(card, "\nMore\n", "\nLeer más sobre Council approves the budget for next year\n", 1) +
			"Library opens on Sundays\nContinue reading “Library opens on Sundays” →\n\n",
			[]string{"rural bus services", "struggle to hire"}, []string{"Council approves", "approved next year's budget", "Library opens"}},
		{"a link naming another story", "Villages win back their bus routes\n\n" + body + body2 +
			strings.Replace(card, "\nMore\n", "\nLeer más sobre the school repairs\n", 1),
			[]string{"rural bus services", "Council approves", "approved next year's budget"}, nil},
		// A blog's excerpt runs to 55 words before its link.
		{"a blog's excerpts", "Villages win back their bus routes\n\n" + body + body2 +
			strings.Repeat("Choir sings with the harbour band\nThe good folks of the harbour choir are still doing their thing on the quay every Sunday, and now they have asked the town band and half of the council to join them for a song that the whole town knows by heart, and the crowd that came to listen sang along louder than any of them expected it to.\nREAD THE REST\n", 3),
			[]string{"rural bus services", "struggle to hire"}, []string{"Choir sings", "The good folks of the harbour choir"}},
		// A heading that names its list is no link to read more.
		{"a heading", "Villages win back their bus routes\n\n" + body + "Council approves the budget for next year\n" +
			"The council approved next year's budget on Thursday evening after a long debate about school repairs.\nMore from Jane Doe\nStar gazing in August\n",
			[]string{"approved next year's budget"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			keptAndGone(t, c0(t).Text(tt.in), tt.kept, tt.gone)
		})
	}
}

func TestEmailUnderHeadline(t *testing.T) {
	in := "Sport\n\nVillages win back their bus routes after a long campaign\nBy Ana Ruiz\nana.ruiz@example.com.my\n" +
		"A bus waits at the square in Mill End on Monday, the first day of the new timetable.\n" + body + body2
	keptAndGone(t, c0(t).Text(in), []string{"Villages win back their bus routes"}, []string{"ana.ruiz@example.com.my"})
}

// TestIsQuote checks the shape of a market quote against fields and titles.
func TestIsQuote(t *testing.T) {
	checkLines(t, "isQuote", isQuote, []lineCase{
		{"DOLAR 36,6120", true},
		{"BIST 100 9.842,15 %0,84", true},
		{"日経平均 37,512.33 +128.45", true},
		{"FBM KLCI 1,538.42 +4.17", true},
		{"Giá vàng SJC 92,5 - 94,5", true},
		{"Euro 2024", false},                      // no separator: a title
		{"Turnout: 71,8", false},                  // a field of a fact box
		{"1,5 cups of water", false},              // words after the figure
		{"Inflation in the euro area 2.4", false}, // more than three words
	})
}

// TestHeadlineOverCaption checks that a caption the text keeps does not
// stand in for the headline: over the standfirst and the share buttons,
// the headline still goes with its text.
func TestHeadlineUnderCaptionFirst(t *testing.T) {
	// The text opens with a long caption in another language; the words
	// of the headline come in the paragraph after it.
	caption := "(Scatterplots with Lowess lines illustrating broad patterns of stature variation, body mass variation and " +
		"the estimated share of dairy in the diet of early farming populations across several regions of Europe and " +
		"western Asia, drawn from skeletal remains dated between ten thousand and four thousand years ago, with the " +
		"confidence bands of each fitted curve shaded and the sample sizes of every period given in the legend below.)"
	in := "블로그\n검색\n우유 섭취가 농업 초기 시대 인류의 몸집을 키웠다?\n고든\n2023. 2. 5. 11:40\n공유하기\nURL복사\n" + caption + "\n" +
		"수렵 채집 생활을 하던 인류는 대략 1만년 전부터 농업과 목축을 통해 식량 생산 능력을 획기적으로 늘리게 됩니다. 그러나 식량 생산량의 증가에도 초기 농부들은 단백질 부족에 시달렸습니다.\n" +
		"웨스턴 온타리오 대학의 연구팀은 유럽 각지의 유골을 분석해 키와 체중의 변화를 시대별로 추적했습니다. 그 결과 우유를 많이 마신 지역일수록 키가 컸습니다.\n" +
		"연구팀은 우유가 단백질과 칼슘을 공급해 식량이 부족한 시기에도 성장을 도왔을 것이라고 설명했습니다. 다만 다른 요인도 함께 작용했을 가능성이 있습니다.\n"
	keptAndGone(t, c0(t).Text(in), []string{"우유 섭취가 농업 초기 시대 인류의 몸집을 키웠다?"}, []string{"URL복사"})
}

func TestHeadlineOverCaption(t *testing.T) {
	in := "Home | News | Sport | Business\n\nRural bus routes return to villages across the region\n" +
		"Villages win back lost rural routes as new buses start in March.\n" +
		"Share\nCopy link\nA bus at the square in Mill End on the first day of the new timetable\n" + body + body2
	keptAndGone(t, c0(t).Text(in), []string{"Rural bus routes return to villages", "Villages win back lost rural routes"}, []string{"Copy link"})
}

// TestHeadlineOverAgencyCredit checks that a headline stays over the
// agency's name and the hour of the story, which a rule removes as a
// credit: a photo's credit, without an hour, makes the line over it a
// caption.
func TestHeadlineOverAgencyCredit(t *testing.T) {
	head := "Politics\nSociety\nWorld\nEconomy\nCulture\nIdeas\nBlogs\nVideo\nPhoto\nRadio\nSports\nBooks\nHome\n›\nWorld\n" +
		"More rural bus services for the region\n"
	widgets := "Facebook :Facebook\nTwitter :Twitter\nGoogle+ :Google+\nSend :Mail\n"
	tests := []struct {
		credit string
		kept   bool
	}{
		{"AFP 30 April 2015 at 07:19 (Updated: 30 April 2015 at 07:38)", true},
		{"AFP / Jane Doe", false},
	}
	for _, tt := range tests {
		out := c0(t).Text(head + tt.credit + "\n" + widgets + body + body2).Text
		if kept := strings.Contains(out, "More rural bus services"); kept != tt.kept {
			t.Errorf("over %q: headline kept = %v, want %v:\n%s", tt.credit, kept, tt.kept, out)
		}
	}
}

// TestHeadingInMenu checks that a heading which is one item of the site's
// menu ("News" among "Home", "Pics", "Fashion") takes the menu with it,
// not the headline and short paragraphs that open the article under it.
func TestHeadingInMenu(t *testing.T) {
	in := "Home\nNews\nPics\nLifestyle\nFashion\nHealth\nTV & Film\nSubscribe\n\n" +
		"Rural buses 'to return to villages'\nThe region has reportedly found the money for new routes\nBy Ann Baker\nMonday 29 Dec 2014\n" +
		"WE can't keep up with all the timetable changes at the moment.\nAnd it seems there could be another one to add to the list.\n" + body + body2
	keptAndGone(t, c0(t).Text(in), []string{"Rural buses 'to return to villages'", "WE can't keep up", "another one to add"}, []string{"Pics", "Lifestyle"})
}

// TestHeadingBetweenMarkers checks that a short related-stories heading
// between an ad marker and the dates of its stories is no item of a menu:
// it takes the headlines under it, not only the dates.
func TestHeadingBetweenMarkers(t *testing.T) {
	feed := "Advertisement\n\nLatest news\n\n2 min ago\n\n3 min ago\n\n" +
		"Photographer returns with a large exhibition of film portraits\n\nSee 19 photos\n\n5 min ago\n\n" +
		"City to build three hundred cooperative flats along the ring road\n\n" +
		"The two buildings will hold up to 266 flats, and the city will keep the land, councillors decided on Tuesday after a long debate.\n\n" +
		"Rents will be set below the market rate for the first ten years, and members will buy their shares in instalments over the same time.\n\n" +
		"Building work should start next spring, once the last permits are granted and the contractor is chosen in an open tender.\n"
	keptAndGone(t, c0(t).Text(body+body2+feed), []string{"next three years"}, []string{"Photographer returns", "See 19 photos", "cooperative flats along"})
}

// TestClosingStories checks that stories about other things, set after
// the text without a heading, go; and that the text's own last sections,
// or a text that is itself a list of results, stay.
func TestClosingStories(t *testing.T) {
	sidebar := "PRICES\nRents rise fastest in the north-east of the country\nA two-room flat now rents for a third more than it did in January, twice the rise of food.\n" +
		"FISHING\nSailor survives an hour in freezing water off the coast\nThe man fell overboard from a trawler and was pulled out by his crewmates ten minutes later.\n"
	sections := "Waiting for new bus drivers\nSeveral routes will wait for drivers until the operators finish hiring, the regional government said.\n" +
		"New timetables for the villages\nThe villages will see the new timetables for their bus routes before the councils vote in March.\n"
	results := "Elsewhere in the league it was Calgary 2 Moose Jaw 1 in overtime, and Kootenay 1 Medicine Hat 3.\n\n" +
		"Hitmen 2 Warriors 1\nAt Moose Jaw, Jaynen Rissling scored into overtime as Calgary slipped past the Warriors.\n" +
		"Tigers 3 Ice 1\nAt Medicine Hat, Hunter Shinkaruk had a goal and two assists as the Tigers beat Kootenay.\n"
	interview := "What will you do once you retire?\nTravel with my wife, first to Portugal, where they still run old trams.\n" +
		"Will you miss driving the number 7?\nYes, but I will sit upstairs, as a passenger at last.\n"
	tests := []struct {
		name       string
		in         string
		kept, gone []string
	}{
		{"sidebar", body + body2 + sidebar + "© 2024 Valley Times\n", []string{"cost of living"}, []string{"PRICES", "Rents rise", "two-room flat", "FISHING", "Sailor survives", "fell overboard"}},
		{"sections", body + body2 + sections + "© 2024 Valley Times\n", []string{"Waiting for new bus drivers", "until the operators", "New timetables for the villages", "councils vote"}, nil},
		{"interview", body + body2 + interview + "© 2024 Valley Times\n", []string{"once you retire?", "first to Portugal", "number 7?", "passenger at last"}, nil},
		{"results", body + body2 + results + "© 2024 Valley Times\n", []string{"Hitmen 2 Warriors 1", "slipped past", "Tigers 3 Ice 1", "Shinkaruk"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			keptAndGone(t, c0(t).Text(tt.in), tt.kept, append(tt.gone, "Valley Times"))
		})
	}
}

// TestHeadlineAndStandfirst checks that a headline and its standfirst
// stay: when the photo under them has a caption longer than any headline,
// which echoes the text as the headline does, and the date comes after
// it; and when the standfirst is one short sentence, with the byline and
// the share buttons under it.
func TestHeadlineAndStandfirst(t *testing.T) {
	runKeptGone(t, []keptGone{
		{"over a long caption", "Home | News | Sport | Business\n\nAbout the Herald\nOur newsroom\nJobs\nContrast\nDark\nLight\nEditions\nENG\nESP\nFollow the Herald\n\nRegion to spend more on rural bus services\n" +
			"Villages that lost their last bus routes will get new timetables in the spring.\n" +
			"Copy link\nThe regional transport minister (centre) meets mayors and officials of the villages that lost their bus services at a hall in Mill End on Monday\n" +
			"12.mar.2024 at 10:15\nListen\nSmaller text\nLarger text\nMill End\n" + body + body2,
			[]string{"Region to spend more on rural bus services", "Villages that lost their last bus routes"}, []string{"Copy link", "Our newsroom"}},
		{"short standfirst", "Sign in\nComment activity\nSign up or login to join the discussions!\nBiz & IT —\n" +
			"Regional government to spend more on rural bus services\n" +
			"Villages lost their routes; officials promise new timetables.\n" +
			"Ann Baker - Apr 16, 2015 8:02 pm UTC\nShare this story\nShare on Facebook\nShare on Twitter\n" + body + body2,
			[]string{"Regional government to spend more", "Villages lost their routes"}, []string{"Share this story", "Sign in"}},
	})
}

// TestShortProse checks that a story told in short lines, a sentence or
// a phrase each, as easy-to-read news is, stays beside a long paragraph of
// chaff; and that a run of titles, in title case or cut short, does not.
func TestShortProse(t *testing.T) {
	story := []string{"Two men were out skiing on the ice over the sea.", "They went from Oulu in Finland.", "They were going to Luleå in Sweden.",
		"It is about 160 kilometres.", "But the men had problems.", "The ice began to crack.", "Their things ended up in the sea.", "They could not go on."}
	chaff := "Home\nNews\nSport\nCulture\n\nWe store or access information on your device so that the service works, and you asked to use the service yourself, so we also do this to remember your choices and to count visits to the site.\n\n"
	in := chaff + "Search\nListen\nMore\nSweden\nWorld\n\nThey wrote SOS in the ice\n" + strings.Join(story, "\n") + "\n17 March 2026\nPrint\nEmail\nShare\nWhat do you think of the news?\nGood: 31\nBad: 1\n© 2026 The Herald\nPrivacy Policy\nContact us\n"
	keptAndGone(t, c0(t).Text(in), story, []string{"Culture"})
	titles := []string{"1. Spend Less Than You Earn.", "2. Stop Wasting Time.", "3. Take Care of Your Things.", "4. Do It Yourself.", "5. Plan Ahead Every Time.", "6. Find Your True Passions.", "7. Watch Your Progress."}
	teasers := []string{"The council voted on the new...", "Storm hits the coast and the...", "Ferry cancelled for the third...", "Mayor opens the new school in...", "Bus drivers strike over pay and...", "Villages wait for the first..."}
	in = body + body2 + "Follow us\nFacebook\nTwitter\n\nMoney Rules\n\n" + strings.Join(titles, "\n") + "\n\nMore in News\n\n" + strings.Join(teasers, "\n") + "\n\n© 2026 The Herald\nPrivacy Policy\nContact us\n"
	keptAndGone(t, c0(t).Text(in), nil, append(titles, teasers...))
}

// TestRecentComments checks that a blog's widget of its latest comments,
// "date by name on" over a post's title, goes with its heading.
func TestRecentComments(t *testing.T) {
	titles := []string{"Villages wait for their first bus", "Council votes on the new budget", "Storm hits the coast overnight"}
	in := body + body2 + "Aktuelle Kommentare\n"
	for i, title := range titles {
		in += fmt.Sprintf("06.11.23 - 1%d:00 von Leser %d zu\n%s\n", i, i, title)
	}
	keptAndGone(t, c0(t).Text(in), nil, titles)
}

// TestHeadlineOver checks that the headline stays where lines that echo
// the text stand between it and the text: a video's caption under the
// standfirst, a deck of two lines over a dated byline and a list of
// topics, a gallery's captions each over its count of slides; and a
// headline under a video's label ("WATCH:").
func TestHeadlineOver(t *testing.T) {
	galleryCaption := "The regional transport minister meets the mayors of the villages that lost their bus services at a hall in Mill End on Monday, June 18, 2015. REUTERS/Ann Baker"
	tests := []struct {
		name       string
		in         string
		kept, gone []string
	}{
		{"video caption under the standfirst", "Home | News | Sport | Business\n\nbusiness\ntravel\nenvironment\nbrowse all sections close\nRural transport\n" +
			"Region to spend more on rural bus services\n" +
			"Villages that lost their last connections wait for timetables as promises from the regional government that more money is coming do little to ease their worry\n" +
			"Villages queue for the first rural bus services – video\n" +
			"Jane Smith and Ann Baker\nTuesday 29 November 2016 15.26 EST\nShare on Facebook\nShare on Twitter\nShare via Email\nView more sharing options\nClose\n" +
			body + body2,
			[]string{"Region to spend more on rural bus services", "Villages that lost their last connections wait"}, []string{"Share via Email", "browse all sections"}},
		{"deck over a dated byline", "Home | News | Sport | Business\n\nFarmacias\nMás temas »\n" +
			"Villages win back their buses\n" +
			"The regional government will spend more on rural bus services over the next three years\n" +
			"Villages that lost their last connections get new timetables\n" +
			"María R. Sahuquillo / Emilio de Benito Madrid 27 OCT 2012 - 12:14 CET\n" +
			"Archivado en:\nTransporte público\nAutobuses\nPueblos\nGobierno regional\nSociedad\n" +
			"Recomendar en Facebook 0\nTwittear 0\nEnviar a LinkedIn 0\nEnviar a Tuenti Enviar a Menéame Enviar a Eskup\nEnviar Imprimir\n" +
			body + body2,
			[]string{"Villages win back their buses", "The regional government will spend more", "Villages that lost their last"},
			[]string{"María R. Sahuquillo", "Autobuses", "Enviar a Tuenti"}},
		{"gallery", "Home | News | Sport | Business\n\nPictures\nVideo\nBusiness News | Wed Dec 14, 2016 | 5:03pm EST\n" +
			"Region to spend more on rural bus services\nleft\nright\n" + galleryCaption + "\n1/3\nleft\nright\n" + galleryCaption + "\n2/3\nleft\nright\n" + galleryCaption + "\n3/3\n" +
			"By Jane Smith | MILL END\n" + body + body2,
			[]string{"Region to spend more on rural bus services"}, []string{"left", "2/3"}},
		{"video label", "Home | News | Sport | Business\n\nMobility For All\nBe The Generation\nWATCH: Region to spend more on rural bus services\n2018-11-21 20:56\nWhat To Read Next\n" + body + body2,
			[]string{"WATCH: Region to spend more on rural bus services"}, []string{"What To Read Next"}},
		{"headline quoting its speaker", "Home | News | Sport | Business\n\nStorys\nRegional\n12.03.2024 – 09:30\nMill End Trust\n" +
			"Regional government before the vote: \"Rural bus services will get more money.\"\nPictures\nDownload\n" + body + body2,
			[]string{"Rural bus services will get more money."}, []string{"Download"}},
		{"video labels over a list", body + body2 + "Watch: the latest videos\n\nWATCH: Storm hits the coast overnight\n\nWATCH: Ferry cancelled for the third day\n\nWATCH: Council votes on the new budget\n",
			nil, []string{"WATCH: Storm hits", "WATCH: Ferry cancelled"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { keptAndGone(t, c0(t).Text(tt.in), tt.kept, tt.gone) })
	}
}

// TestStatementHeadline checks that a headline written as sentences with
// full stops, straight over the standfirst, stays.
func TestStatementHeadline(t *testing.T) {
	in := "Explore\nNew\nRegister\nMagazine subscription\nTV Schedule\nEnvironment\n" +
		"Rural routes vanished from these villages for a decade. Now, they are back.\n" +
		"The valleys of Mill End, once cut off from towns and hospitals by cuts to rural services, make an astonishingly quick comeback. What is the secret?Monday, 6 January 2020\n" +
		"By Ann Baker\nfacebooktwitterflipboardwhatsapp\nThe village of Mill End, once thought doomed by the loss of its bus.\nPhotograph by Ann Baker, Mill End Trust\n" +
		body + body2
	keptAndGone(t, c0(t).Text(in), []string{"Rural routes vanished from these villages for a decade. Now, they are back."}, []string{"Environment", "Photograph by"})
}

// TestSentenceCaseHeadline checks that a headline in sentence case whose
// only capital starts a short word ("A", "La", "Le") is a headline all the
// same.
func TestSentenceCaseHeadline(t *testing.T) {
	in := "Home | News | Sport | Business\n\nOpinion\nA village that waited years for its bus\nAna Ruiz\n17/03/2025 | 01:37\nFacebook\nX\nWhatsApp\nCopy link\nSave\n" + body + body2
	keptAndGone(t, c0(t).Text(in), []string{"A village that waited years for its bus"}, []string{"WhatsApp", "Copy link"})
}

// TestKeyPoints checks that a summary in points between the headline and
// the text stays, and that a widget's sentences in the same place, which
// share no word with the text, do not.
func TestKeyPoints(t *testing.T) {
	points := []string{"Rural bus services get more money over three years.", "Villages lost their last connections.", "The first new routes start in the spring."}
	head := "Home | News | Sport\n\nVillages win back their bus routes\n\nIn short\n\n"
	tail := "\n\nJane Smith\n\nPublished 17 March 2025, 11:14\n\nShare\n\n" + body + body2
	keptAndGone(t, c0(t).Text(head+strings.Join(points, "\n\n")+tail), points, []string{"Home | News"})
	widget := []string{"Your friends will see that you've read this article.", "Don't show me this box again.", "Shhh. Don't let my friends know I read this."}
	keptAndGone(t, c0(t).Text(head+strings.Join(widget, "\n\n")+tail), nil, widget)
}

// TestQuestionTitleKept checks that a headline may ask or exclaim: only a
// full stop makes a short line a sentence rather than a title.
func TestQuestionTitleKept(t *testing.T) {
	for _, title := range []string{"Who Will Save the Village Bus?", "Village Buses Are Back!"} {
		res := c0(t).Text("Home\n\n" + title + "\n\n" + body)
		if !strings.HasPrefix(res.Text, title+"\n") {
			t.Errorf("title %q lost: %+v", title, res.Removed)
		}
	}
}

// TestListItemsKept checks that short sentences next to the article, the
// items of a list set in its text, stay, while labels beside them go.
func TestListItemsKept(t *testing.T) {
	items := "The plan has three parts.\n\nOpen two new routes in the north.\n\nHire twenty more drivers by the spring.\n\n"
	in := body + items + "Home\n\nContact\n\nSite map\n"
	res := c0(t).Text(in)
	if !strings.Contains(res.Text, "Hire twenty more drivers by the spring.") {
		t.Fatalf("list item lost: %+v", res.Removed)
	}
	if strings.Contains(res.Text, "Site map") {
		t.Fatalf("menu kept: %q", res.Text)
	}
	// Items that end with semicolons, under a heading, at the end of a page.
	steps := "Уряд спростив процедуру отримання компенсації за житло, зруйноване внаслідок бойових дій. Подати заяву можна онлайн.\n" +
		"Що потрібно зробити\n" +
		"— зареєструвати повідомлення про пошкоджене майно в застосунку «Дія»;\n" +
		"— дочекатися огляду житла комісією;\n" +
		"— подати заяву на компенсацію;\n" +
		"— отримати житловий сертифікат.\n"
	if res := c0(t).Text(steps); len(res.Removed) > 0 {
		t.Fatalf("steps lost: %+v", res.Removed)
	}
}

// TestAuthorBox checks that a name, then a paragraph that starts with it,
// after the article, goes as a byline; a page of several such pairs, a
// list of speakers, keeps them, and so does an article about that person.
// TestCompanyBox checks that the box about the company that closes a
// press release goes, with the press contact under it, in any language,
// while a section about a name that the text goes on after stays.
func TestCompanyBox(t *testing.T) {
	boxes := []string{
		"About Luntiang Agri-Solar Corp.\n\nLuntiang Agri-Solar Corp. is a Philippine agri-technology company that designs, builds and operates solar-powered cold storage for smallholder farmers.\n\nFor media inquiries: Carla Mendoza, media@luntiang-agrisolar.ph, +63 917 555 0142\n",
		"Kuhusu Kilele Microfinance\n\nKilele Microfinance Limited ni taasisi ya huduma ndogo za fedha iliyosajiliwa na Benki Kuu ya Tanzania, yenye matawi kumi na mawili nchini kote.\n",
		"À propos de Vélo Urbain :\n\nVélo Urbain conçoit et exploite des parcs de vélos en libre-service dans quarante villes françaises et emploie 600 personnes.\n",
	}
	keepPromo, err := New(Options{Keep: []Category{Promo}})
	if err != nil {
		t.Fatal(err)
	}
	for _, box := range boxes {
		res := c0(t).Text(body + body2 + box)
		if res.Text != body+strings.TrimSuffix(body2, "\n") {
			t.Errorf("got %q", res.Text)
		}
		desc := strings.Split(box, "\n\n")[1]
		keptAndGone(t, keepPromo.Text(body+body2+box), []string{desc}, nil)
	}
	// Text after the box: it is a section of the article about the firm.
	section := "About Luntiang Agri-Solar Corp.\n\nLuntiang Agri-Solar Corp. was founded in 2021 by two agronomists who had worked for the provincial government and saw half the harvest rot.\n\n"
	keptAndGone(t, c0(t).Text(body+section+body2), []string{"was founded in 2021", "About Luntiang"}, nil)
	// A paragraph that does not open with the name is no box.
	other := "About the plan\n\nThe programme was drawn up after a year of consultation with villages that lost their last bus connections.\n"
	keptAndGone(t, c0(t).Text(body+body2+other), []string{"drawn up after a year"}, nil)
}

func TestAuthorBox(t *testing.T) {
	box := "Jane Smith\n\nJane Smith covers transport and the regions, and joined the paper after ten years at a news agency in the capital.\n"
	res := c0(t).Text(body + body2 + box)
	if res.Text != body+strings.TrimSuffix(body2, "\n") {
		t.Fatalf("got %q", res.Text)
	}
	for _, r := range res.Removed {
		if r.Category != Byline || r.Rule != "structure: author box" {
			t.Errorf("removal %+v", r)
		}
	}
	// A name the article already spoke of heads a section about that
	// person, as profiles of the two sides before a match do.
	subject := "Jane Smith\n\nJane Smith stood in the ring against the champion last April and went the full twelve rounds, losing only on points.\n"
	if res := c0(t).Text(body + "The bus company is sponsoring the title fight in the town hall on Saturday, where the local champion meets her old rival, Jane Smith, who has not fought since the spring.\n\n" + body2 + subject); !strings.Contains(res.Text, "Jane Smith stood") {
		t.Fatalf("section about the article's subject lost: %+v", res.Removed)
	}
	panel := box + "\nTom Brown\n\nTom Brown runs the drivers' union in the north and has driven buses on the valley routes for twenty years.\n"
	if res := c0(t).Text(body + body2 + panel); !strings.Contains(res.Text, "Tom Brown runs") || !strings.Contains(res.Text, "Jane Smith covers") {
		t.Fatalf("panel lost: %+v", res.Removed)
	}
}

// TestCJKMenu checks that a menu of Chinese section names, which has no
// capitals to show it, goes above a Chinese article, while Chinese names
// that an English text lists stay.
// TestCJKHeadlineRun checks that a run of Chinese or Japanese headlines,
// which set spaces between their phrases, goes after the article, and
// that short sentences, which set none, stay.
func TestCJKHeadlineRun(t *testing.T) {
	article := "与田祐希写真集、未収録カットを公開\n\n" +
		"人気アイドルグループの与田祐希が、二月に発売した写真集に収録されなかったカットを公式サイトで公開し、ファンの間で話題になっている。\n\n" +
		"このカットは撮影の舞台となったミラノのホテルで撮られた一枚で、本人は「家でもよくしている髪形なので、普段の自分に近い写真です」とコメントした。\n\n"
	headlines := []string{"北海道で2例目の感染者確認 写真", "駅に男性遺体3日間？発見されず", "バンクシー バレンタインで新作 動画",
		"柔道・丸山が左膝負傷 GS欠場 写真", "長崎沖で漂流 男性3人死亡", "東芝 子会社で架空取引435億円 写真"}
	// Long headlines among them read as text, and give the short ones
	// good company.
	headlines = append(headlines, "池間夏海、“ほぼ”すっぴん写真公開に反響「リップだけでその可愛さ...」", "クルーズ船にiPhone二千台提供へ",
		"付録にマスク「とうとう」の声 写真", "元教諭の事件で女子生徒が自殺未遂、学校側は会見で経緯を説明へ", "竹内アナSNS投稿は復帰フラグ？ 写真")
	res := c0(t).Text(article + strings.Join(headlines, "\n\n") + "\n")
	for _, h := range []string{"北海道で2例目の感染者確認 写真", "柔道・丸山が左膝負傷 GS欠場 写真", "長崎沖で漂流 男性3人死亡"} {
		if strings.Contains(res.Text, h) {
			t.Errorf("headline %q kept", h)
		}
	}
	if !strings.Contains(res.Text, "ミラノのホテル") {
		t.Errorf("article lost: %+v", res.Removed)
	}
	sentences := "市は来月から新しい路線を走らせる。\n\n運賃は据え置く。\n\n乗り場は駅の東口に移る。\n\n時刻表は今週中に配る。\n"
	if res := c0(t).Text(article + sentences); !strings.Contains(res.Text, "運賃は据え置く。") {
		t.Errorf("short sentences lost: %+v", res.Removed)
	}
}

func TestCJKMenu(t *testing.T) {
	menu := "新闻\n时政\n社会\n财经\n教育\n健康\n"
	article := "江川市启动老旧小区改造三年行动\n" +
		"本报讯 4月17日，江川市政府召开新闻发布会，正式发布老旧小区改造三年行动方案，计划用三年时间完成全市老旧小区改造任务，今年将惠及四万多户居民。\n" +
		"市住建局局长在发布会上介绍，此次改造的对象主要是二〇〇〇年以前建成、失养失修、市政配套设施不完善的住宅小区，改造内容分为基础类、完善类和提升类。\n" +
		"基础类改造主要包括供水、排水、供电、燃气、道路等配套设施的改造提升，完善类改造包括加装电梯、建设停车场和充电设施等内容。\n"
	res := c0(t).Text(menu + article)
	if strings.Contains(res.Text, "时政") || !strings.Contains(res.Text, "本报讯") {
		t.Fatalf("got %q", res.Text)
	}
	names := "The papers that led with the story the next morning:\n\n法制日报\n\n工人日报\n\n解放日报\n\n人民日报\n\n"
	if res := c0(t).Text(body + names + body2); !strings.Contains(res.Text, "解放日报") {
		t.Errorf("names in an English text lost: %+v", res.Removed)
	}
}

// TestDatedName checks that a bare author's name under the story's date,
// above the article, goes as a byline, while a short title over its date
// and a name inside the article's run of text stay.
func TestDatedName(t *testing.T) {
	head := "Buses return to the valley routes\n\n12 March 2024\n\nJane Smith\n\n"
	res := c0(t).Text(head + body + body2)
	if strings.Contains(res.Text, "Jane Smith") || !strings.Contains(res.Text, "Buses return") {
		t.Fatalf("got %q", res.Text)
	}
	var found bool
	for _, r := range res.Removed {
		found = found || r.Text == "Jane Smith" && r.Category == Byline && r.Rule == "structure: name under a date"
	}
	if !found {
		t.Errorf("removals %+v", res.Removed)
	}
	// A name over the date is as often a short title, one whose words
	// the text takes up.
	if res := c0(t).Text("Rural Bus Routes\n\n12 March 2024\n\n" + body + body2); !strings.Contains(res.Text, "Rural Bus Routes") {
		t.Errorf("title over a date lost: %+v", res.Removed)
	}
	// Between paragraphs, the line belongs to the article.
	if res := c0(t).Text(body + "12 March 2024\n\nJane Smith\n\n" + body2); !strings.Contains(res.Text, "Jane Smith") {
		t.Errorf("name inside the article lost: %+v", res.Removed)
	}
}

// TestForeignParagraphKept checks that a long paragraph in another
// language than the page's, a quotation or a reader's comment, is measured
// by its own language's function words, not found wanting in the page's.
func TestForeignParagraphKept(t *testing.T) {
	fr := "Le conseil régional a promis que les nouvelles lignes de bus seraient ouvertes au printemps, et que les horaires seraient établis avec les communes qui les ont demandées depuis des années, afin que les villages ne restent plus isolés pendant les week-ends."
	res := c0(t).Text(body + body2 + fr + "\n")
	if !strings.Contains(res.Text, fr) {
		t.Fatalf("lost %q: %+v", fr, res.Removed)
	}
}

// TestSparseSentenceKept checks that a sentence poor in function words,
// between two paragraphs or closing one, stays.
func TestSparseSentenceKept(t *testing.T) {
	for _, s := range []string{
		"Zawahiri slammed Hamas for recognizing President Mahmoud Abbas and running in elections last January.",
		"铁路部门还表示，春运期间将根据客流情况增开临时列车。",
	} {
		if res := c0(t).Text(body + s + "\n\n" + body2); !strings.Contains(res.Text, s) {
			t.Errorf("lost %q: %+v", s, res.Removed)
		}
	}
}

// TestHangulWeighed checks that a Hangul syllable, two or three letters,
// counts for more than one Latin letter: a Korean sentence as long as an
// English one of half its letters stays at the end of an article, after an
// in-text story link, where a short block among boilerplate would go.
func TestHangulWeighed(t *testing.T) {
	doc := "시의회는 21일 본회의를 열어 시내버스 노선 개편안을 찬성 다수로 통과시켰다. 개편안은 외곽 지역을 오가는 노선 12개를 새로 만들고, 배차 간격을 평균 15분에서 10분으로 줄이는 내용을 담고 있다.\n" +
		"시는 다음 달부터 주민 설명회를 열고, 6월 1일부터 새 노선을 운행할 계획이다. 교통국 관계자는 \"출퇴근 시간대 혼잡을 줄이는 데 가장 큰 목적이 있다\"고 설명했다.\n" +
		"관련 뉴스\n" +
		"지하철 3호선 연장 공사 내년 착공…정거장 4곳 신설\n" +
		"시민단체는 노선 개편 이후 요금이 오를 가능성에 대한 설명이 여전히 부족하다며 이달 안에 공청회를 열라고 요구했다.\n" +
		"시는 이달 말까지 누리집과 모바일 앱으로 시민 의견을 받은 뒤 노선별 배차 시간을 최종 확정하겠다고 밝혔다.\n" +
		"<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>\n" +
		"공유\n" +
		"댓글\n"
	keptAndGone(t, c0(t).Text(doc),
		[]string{"시민단체는 노선 개편 이후 요금이 오를 가능성에 대한 설명이 여전히 부족하다며 이달 안에 공청회를 열라고 요구했다.", "시는 이달 말까지 누리집과 모바일 앱으로 시민 의견을 받은 뒤 노선별 배차 시간을 최종 확정하겠다고 밝혔다."},
		[]string{"지하철 3호선 연장 공사", "저작권자", "공유"})
}

// TestSparseProseKept checks articles in languages that fuse their
// function words into other words, or whose list is short: a lead
// paragraph that holds a sentence but few listed stopwords stays, and so
// do a short closing sentence and one after an in-text story link.
func TestSparseProseKept(t *testing.T) {
	tests := []struct {
		lang           string
		article, chaff []string // in the order given: chaff first, then article
	}{
		{"tr", []string{
			"Merkez Bankası politika faizini yüzde 50'ye yükseltti",
			"Türkiye Cumhuriyet Merkez Bankası (TCMB), Para Politikası Kurulu toplantısında politika faizini 500 baz puan artırarak yüzde 45'ten yüzde 50'ye çıkardı. Piyasa beklentisi faizin sabit tutulacağı yönündeydi; karar, açıklamanın ardından döviz kurlarında sert bir geri çekilmeye yol açtı.",
			"Kurul tarafından yapılan açıklamada, enflasyonun ana eğiliminde beklenenden daha yüksek bir seyir izlendiği ve hizmet fiyatlarındaki katılığın sürdüğü belirtildi. Sıkı para politikası duruşunun kalıcı bir düşüş sağlanana kadar korunacağı vurgulandı.",
			"Ekonomistler, sürpriz kararın özellikle seçim öncesi dönemde güvenilirlik mesajı vermeyi amaçladığını değerlendiriyor ve kredi büyümesi üzerindeki etkinin birkaç ay içinde görüleceğini söylüyor.",
			"Karar sonrası Borsa İstanbul'da bankacılık endeksi yüzde 3'ün üzerinde değer kazanırken, iki yıllık tahvil faizi de 150 baz puan yükseldi.",
		}, []string{"Paylaş", "© 2024 Tüm hakları saklıdır."}},
		{"ar", []string{
			"زلزال بقوة 5.8 درجات يضرب جنوب تركيا",
			"ضرب زلزال بقوة 5.8 درجات على مقياس ريختر ولاية ملاطية جنوب شرقي تركيا صباح اليوم.",
			"وأفادت هيئة إدارة الكوارث والطوارئ التركية بأن مركز الزلزال كان على عمق سبعة كيلومترات.",
			"ولم ترد حتى الآن أنباء عن وقوع إصابات.",
			"يذكر أن المنطقة نفسها تعرضت في فبراير 2023 لزلزالين مدمرين أوديا بحياة أكثر من 50 ألف شخص.",
		}, nil},
		{"hu", []string{
			"Megnyílt az új M0-ás szakasz",
			"Forgalomba helyezték az M0-ás autóút új, 9 kilométeres szakaszát.",
			"Az átadáson a közlekedési miniszter is részt vett.",
			"A beruházás 140 milliárd forintba került.",
			"Az új szakasz jelentősen tehermentesíti a főváros déli kerületeit.",
			"Az útdíj marad.",
		}, nil},
		{"pl", []string{
			"Pożar hali magazynowej pod Warszawą",
			"W nocy z piątku na sobotę wybuchł pożar hali magazynowej w Markach pod Warszawą.",
			"Na miejscu pracowało ponad 30 zastępów straży pożarnej.",
			"Nikt nie został ranny.",
			"Przyczyny pożaru ustala policja.",
		}, []string{"Udostępnij na Facebooku"}},
		{"cs", []string{
			"Praha od dubna zdraží roční předplatní kupon na městskou hromadnou dopravu.",
			"Náměstek primátora pro dopravu uvedl, že jízdné nebylo zvyšováno od roku 2016.",
			"Senioři nad 65 let budou i nadále jezdit zdarma.",
			"Přečtěte si také: Nová tramvajová trať na Barrandov se otevře v září",
			"Opozice zdražení kritizuje.",
		}, []string{"Sdílet na Facebooku", "Diskuse (128)"}},
		// Short Chinese sentences with no particle open the story.
		{"zh", []string{
			"台北捷運環狀線北段動工　預計2031年通車",
			"台北捷運環狀線北段今天舉行動土典禮。",
			"北段全長約14.9公里，共設12座車站。",
			"市長在典禮上表示，環狀線完成後，將大幅縮短新北與台北之間的通勤時間。",
			"工程總經費約新台幣1100億元。",
		}, []string{"分享 Facebook LINE"}},
		// A closing sentence with no function word at all.
		{"en", []string{
			"The regional government said on Monday that it would spend more on rural bus services over the next three years, after complaints from villages that lost their last connections.",
			"Officials said the first new routes would start in the spring, and that the timetables would be drawn up together with the local councils that asked for them.",
			"Sounds like another long-awaited timetable finally settled.",
		}, []string{"Share on Facebook", "Tagged as:"}},
		// A sentence of place names between two kept sentences.
		{"fi", []string{
			"Helsingin kaupunki sulkee kolme uimahallia ensi syksynä.",
			"Syynä on vanhentunut talotekniikka, joka on uusittava kokonaan.",
			"Remontti koskee Itäkeskuksen, Yrjönkadun ja Töölön uimahalleja.",
			"Korjaukset kestävät arviolta puolitoista vuotta.",
			"Liikuntapalvelujen johtaja kertoo, että sulkemisia ei voitu enää lykätä.",
			"– Ilmanvaihto ja vesijärjestelmät ovat tulleet elinkaarensa päähän, hän sanoo.",
			"Kaupunki lupaa järjestää uimareille korvaavia vuoroja muista halleista.",
		}, []string{"Jaa artikkeli", "Luetuimmat"}},
	}
	for _, tt := range tests {
		doc := strings.Join(tt.article, "\n\n") + "\n\n" + strings.Join(tt.chaff, "\n\n") + "\n"
		res := c0(t).Text(doc)
		for _, s := range tt.article {
			if strings.HasPrefix(s, "Přečtěte") {
				continue // the link itself goes
			}
			if !strings.Contains(res.Text, s) {
				t.Errorf("%s: lost %q: %+v", tt.lang, s, res.Removed)
			}
		}
		for _, s := range tt.chaff {
			if strings.Contains(res.Text, s) {
				t.Errorf("%s: kept %q", tt.lang, s)
			}
		}
	}
}

// TestVerseKept checks that verse, short lines broken at their commas,
// reads as one paragraph and stays.
func TestVerseKept(t *testing.T) {
	verse := "I wander often from the way,\nAnd sin afflicts me every day,\nAnd then I turn to home again,\nAnd find my rest is not in vain.\n\n"
	res := c0(t).Text(verse + body)
	if !strings.HasPrefix(res.Text, verse) {
		t.Fatalf("verse lost: %+v", res.Removed)
	}
}

func TestDuplicateTitle(t *testing.T) {
	in := "Council backs flood barrier\n\nCouncil backs flood barrier\n\n" + body
	res := c0(t).Text(in)
	if len(res.Removed) != 1 || res.Removed[0].Line != 3 || res.Removed[0].Category != Duplicate {
		t.Fatalf("removed %+v", res.Removed)
	}
	// The rule names the line repeated, by its number in the input.
	in = body + "Council backs flood barrier\n\nCouncil backs flood barrier\n\n" + body2
	res = c0(t).Text(in)
	if len(res.Removed) != 1 || res.Removed[0].Line != 7 || res.Removed[0].Rule != "structure: repeats line 5" {
		t.Fatalf("removed %+v", res.Removed)
	}
}

// TestRepeatInText: a line that repeats an earlier one between paragraphs
// of text belongs to the text, as the fields of a listing do, and so does
// an item of a second list the text announces; the repeat of a title under
// itself does not (TestDuplicateTitle).
func TestRepeatInText(t *testing.T) {
	const fares = "Fares: adults £2.50, children free"
	const quote = "The new timetable will be published on the council's website and posted at every stop in the district."
	tests := []struct{ name, in, repeat string }{
		{"field", body +
			"Route 12 runs from the market square to the hospital every hour, from six in the morning until late evening.\n\n" + fares + "\n\n" +
			"Route 14 links the three hill villages with the station twice an hour on weekdays and hourly at weekends.\n\n" + fares + "\n\n" +
			body2, fares},
		{"quoted paragraph", body + quote + "\n\n" + body2 + quote + "\n\n" +
			"Councillors will vote on the final routes at their meeting in March, after a month of consultation with residents.\n\n", quote},
		{"item of two lists", body + "The busiest routes in December were:\nRoute 12: 2,445 passengers\nRoute 14: 1,920 passengers\nRoute 3: 1,402 passengers\n" +
			"The busiest routes of the year were:\nRoute 12: 2,445 passengers\nRoute 7: 21,595 passengers\nRoute 9: 20,386 passengers\n" + body2, "Route 12: 2,445 passengers"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := c0(t).Text(tt.in)
			if n := strings.Count(res.Text, tt.repeat); n != 2 {
				t.Errorf("kept %d copies of %q, want 2; removed %+v", n, tt.repeat, res.Removed)
			}
		})
	}
}

// TestCommentThread: a thread of comments after a comment heading goes,
// even when the comments run nearly as long as the article, however the
// thread sets its comments apart.
func TestCommentThread(t *testing.T) {
	comments := []string{
		"I have taken the number 40 bus for twenty years and it has never once arrived on time, so I will believe in these new routes when I see them running.",
		"The drivers deserve better pay, and the council should say where the money for the extra services is going to come from before anyone celebrates this.",
		"Our village lost its last bus two years ago and since then the older people here depend on their neighbours for every trip to the doctor or the shops.",
	}
	tests := []struct {
		name    string
		heading string
		before  []string // a line over each comment
		after   string   // a line under each comment
	}{
		{"commenters who wrote", "Comments", []string{"Jane Doe wrote:", "Paul wrote:", "Margaret Hill wrote:"}, ""},
		{"names and times", "24 Comments", []string{"Jane Doe • 2 weeks ago", "Paul • 3 weeks ago", "Margaret Hill • 3 weeks ago"}, ""},
		{"times under names", "[ 85 comments ]", []string{"jyen\n\n3 hours ago at 11:46 am", "Appleaker\n\n3 hours ago at 11:49 am", "miniroll32\n\n2 hours ago at 12:12 pm"}, ""},
		{"dates", "3 Kommentare", []string{"Jane\n\n19. Juni 2018 um 10:12", "Paul\n\n20. Juni 2018 um 08:40", "Margaret\n\n21. Juni 2018 um 17:03"}, ""},
		{"reply buttons", "Comments", []string{"Jane Doe", "Paul", "Margaret Hill"}, "Reply"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := body + body2 + tt.heading + "\n\n"
			for i, c := range comments {
				in += tt.before[i] + "\n\n" + c + "\n\n"
				if tt.after != "" {
					in += tt.after + "\n\n"
				}
			}
			res := c0(t).Text(in)
			for _, c := range comments {
				if strings.Contains(res.Text, c) {
					t.Errorf("kept comment %q", c)
				}
			}
			if !strings.Contains(res.Text, strings.TrimSpace(body2)) {
				t.Errorf("lost the article: %q", res.Text)
			}
			for _, r := range res.Removed {
				if slices.Contains(comments, r.Text) && r.Category != Comment {
					t.Errorf("removed %+v, want the comment category", r)
				}
			}
		})
	}

	// A thread that opens straight under its heading, with a comment's
	// stamp or a comment form, goes however much longer than the article
	// it runs.
	for _, opening := range []struct{ heading, stamp string }{
		{"24 Comments", "Reader %d • %d weeks ago"},
		{"Leave a comment\n\nName *\n\nEmail (will not be published)", "Comment %d, %d"},
	} {
		in := body + opening.heading + "\n\n"
		for i, opener := range []string{"Frankly", "Honestly", "Sadly", "Again"} {
			for k, c := range comments {
				in += fmt.Sprintf(opening.stamp+"\n\n%s, %s%s\n\n", 3*i+k, i+2, opener, strings.ToLower(c[:1]), c[1:])
			}
		}
		res := c0(t).Text(in)
		for _, c := range comments {
			if strings.Contains(res.Text, c[1:]) {
				t.Errorf("long thread under %q: kept comment %q", opening.heading, c)
			}
		}
		if !strings.Contains(res.Text, "rural bus services") {
			t.Errorf("long thread under %q: lost the article: %q", opening.heading, res.Text)
		}
	}
}

func TestPromoSentence(t *testing.T) {
	tests := []struct{ name, para, want, removed string }{
		{"wire promo inside a paragraph",
			"Shares of the lender rose 4% in early trading. Before it's here, it's on the Bloomberg Terminal. Analysts expect further gains.",
			"Shares of the lender rose 4% in early trading. Analysts expect further gains.",
			"Before it's here, it's on the Bloomberg Terminal."},
		// A feed's closing credit: cut from where its last opening words
		// begin to the end of the line, whatever full stops the title and
		// the site name hold.
		{"feed credit after a paragraph",
			"The post office closed early on Friday, the council said. The post Council backs flood barrier. A long story appeared first on Port Selwyn News.",
			"The post office closed early on Friday, the council said.",
			"The post Council backs flood barrier. A long story appeared first on Port Selwyn News."},
		{"feed credit alone", "Het bericht Lockdown LaserShow Forum Groningen verscheen eerst op JouwStad | Groningen.", "",
			"Het bericht Lockdown LaserShow Forum Groningen verscheen eerst op JouwStad | Groningen."},
		{"feed credit in French", "L’article Essai : Volvo XC40 Recharge. Moi Lolita est apparu en premier sur BlogAutomobile.fr.", "",
			"L’article Essai : Volvo XC40 Recharge. Moi Lolita est apparu en premier sur BlogAutomobile.fr."},
		{"a post that appeared first stays",
			"The post appeared first on the old forum in 2009, and the site's owners moved it to the new one after readers complained about the loss.",
			"The post appeared first on the old forum in 2009, and the site's owners moved it to the new one after readers complained about the loss.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := c0(t).Text(body + tt.para + "\n")
			if got := strings.TrimSpace(strings.TrimPrefix(res.Text, strings.TrimSpace(body))); got != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			switch {
			case tt.removed == "" && len(res.Removed) != 0:
				t.Fatalf("removed %+v", res.Removed)
			case tt.removed != "" && (len(res.Removed) != 1 || res.Removed[0].Category != Promo || res.Removed[0].Text != tt.removed):
				t.Fatalf("removed %+v, want %q", res.Removed, tt.removed)
			}
		})
	}
}

func TestKeepCategory(t *testing.T) {
	c, err := New(Options{Keep: []Category{Byline}})
	if err != nil {
		t.Fatal(err)
	}
	res := c.Text("By Margaret Ellison\n\n" + body)
	if !strings.HasPrefix(res.Text, "By Margaret Ellison") {
		t.Fatalf("byline removed: %+v", res.Removed)
	}
	if _, err := New(Options{Keep: []Category{"bylines"}}); err == nil {
		t.Fatal("unknown category accepted")
	}
}

func TestUserRules(t *testing.T) {
	rules, err := ParseRules(strings.NewReader("[promo]\ncontains weekly quiz\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, _ := New(Options{Rules: rules})
	res := c.Text(body + "Try our weekly quiz\n")
	if len(res.Removed) != 1 || res.Removed[0].Rule != `contains "weekly quiz" (rules:2)` {
		t.Fatalf("removed %+v", res.Removed)
	}
}

func TestBlankLines(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"\n", "\n"},
		{"Advertisement\n", ""},
		{"Advertisement\n\n" + body, body},
		{body + "\n\nShare\n\n", body[:len(body)-1]},
		{body + "Share\r\n", body[:len(body)-1]},
		// Kept text that runs on in the input, and text joined around a
		// removal, with its line endings as they were.
		{body + body2, body + body2},
		{strings.TrimSuffix(body, "\n\n"), strings.TrimSuffix(body, "\n\n")},
		{strings.ReplaceAll(body, "\n", "\r\n"), strings.ReplaceAll(body, "\n", "\r\n")},
		{body + "Share\n\n" + body2, body + body2},
		{body + "Share\r\n\r\n" + strings.TrimSuffix(body2, "\n"), body + strings.TrimSuffix(body2, "\n")},
	}
	for _, tt := range tests {
		if got := c0(t).Text(tt.in).Text; got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func c0(t testing.TB) *Cleaner {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// keptAndGone checks that clean keeps every line of kept and no line of
// gone, as substrings of its output.
func keptAndGone(t *testing.T, res Result, kept, gone []string) {
	t.Helper()
	for _, l := range kept {
		if !strings.Contains(res.Text, l) {
			t.Errorf("%q lost: %+v", l, res.Removed)
		}
	}
	for _, l := range gone {
		if strings.Contains(res.Text, l) {
			t.Errorf("%q kept: %q", l, res.Text)
		}
	}
}

// TestShortDocumentsSurvive: a brief of one or two lines has no neighbours
// to look like article text among; it must not vanish, while lines a rule
// names as boilerplate still go.
func TestShortDocumentsSurvive(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"Lavrov said talks would go on.\n", "Lavrov said talks would go on.\n"},
		{"The council voted on Tuesday to extend the library's opening hours.\n", "The council voted on Tuesday to extend the library's opening hours.\n"},
		{"ADVERTISEMENT\nLavrov said talks would go on.\n", "Lavrov said talks would go on.\n"},
		{"Café wasn’t open.", "Café wasn’t open."},
	}
	for _, tt := range tests {
		res := c.Text(tt.in)
		if res.Text != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.in, res.Text, tt.want)
		}
		if again := c.Text(res.Text).Text; again != res.Text {
			t.Errorf("not idempotent: %q, then %q", res.Text, again)
		}
	}
}

// TestBulletsAreTransparent checks that a line of a bullet or a rule alone
// says nothing of its neighbours: the items it sets off take their class
// from the text around the list.
func TestBulletsAreTransparent(t *testing.T) {
	items := "•\n\nFares stay the same.\n\n•\n\nBuses run every hour.\n\n•\n\n"
	res := c0(t).Text(body + items + body2)
	for _, item := range []string{"Fares stay the same.", "Buses run every hour."} {
		if !strings.Contains(res.Text, item) {
			t.Errorf("%q lost: %+v", item, res.Removed)
		}
	}
	if strings.Contains(res.Text, "•") {
		t.Errorf("bullet kept: %q", res.Text)
	}
}

// TestHeadlineKept checks that the last headline-like line above the
// text, past a short line between them, is kept when the text takes up its
// words, and goes when it does not, as a blog's name does.
// TestHeadlineFound checks that the headline over the text is kept when
// it paraphrases the lead, when a row of share buttons stands between,
// and in a script without case; and that a comment count by the headline
// does not take the article's first lines for comments.
func TestHeadlineFound(t *testing.T) {
	menu := "Mountain Trails\n\nTravel Guides\n\nWeekend Walks\n\nCity Maps\n\n"
	buttons := "Share\n\nFacebook\n\nTwitter\n\nWhatsApp\n\nLinkedIn\n\nEmail\n\nPrint\n\n"
	korean := "뉴스\n\n정치\n\n경제\n\n사회\n\n충주 물류창고 화재 14시간 만에 완진 소방관 2명 부상\n\n박지훈 기자\n\n입력 2024.03.15 10:21\n\n" +
		"좋아요 12\n\n글씨크기\n\n공유하기\n\n카카오톡\n\n페이스북\n\nURL 복사\n\n" +
		"(충주=한빛일보) 박지훈 기자 = 충북 충주시의 한 물류창고에서 발생한 화재가 14시간 만에 완전히 진화됐다. 이 불로 소방관 2명이 다쳤다.\n\n" +
		"충북소방본부에 따르면 전날 오후 8시 10분께 충주시 대소원면의 한 물류창고에서 불이 났다는 신고가 접수됐다. 소방당국은 대응 1단계를 발령했다.\n\n" +
		"소방당국은 관할 소방서 인력이 모두 출동하는 대응 1단계를 발령하고 소방관 등 인력 150여명과 장비 50여대를 투입해 진화 작업을 벌였다.\n"
	for _, tt := range []struct{ name, doc, title string }{
		{"paraphrase", menu + "Rural Transport Cash Approved After Village Campaign\n\nAnna Berg\n\nTransport correspondent\n\n" + body + body2,
			"Rural Transport Cash Approved After Village Campaign"},
		{"buttons", menu + "Villages Win Back Their Bus Routes\n\nAnna Berg\n\n" + buttons + "A bus at the depot\n\n" + body + body2,
			"Villages Win Back Their Bus Routes"},
		{"korean", korean, "충주 물류창고 화재 14시간 만에 완진 소방관 2명 부상"},
		// Text-size buttons the rules do not know are one hop, not five.
		{"button row", menu + "Villages Win Back Their Bus Routes\n\nAnna Berg\n\nVT News\n\nShare\n\nAA\n\nFont Size\n\nSmall\n\nMedium\n\nLarge\n\nBigger\n\nA bus at the depot\n\n" + body + body2,
			"Villages Win Back Their Bus Routes"},
		// A caption shares words with the text too; its credit tells it.
		{"caption", menu + "Rural Transport Cash Approved After Village Campaign\n\n12 March 2024\n\nRural Bus Services Return Next Spring\n\nPhoto: Anna Berg / Valley Times\n\n" + body + body2,
			"Rural Transport Cash Approved After Village Campaign"},
		// So does a caption under the date, without a credit.
		{"dated caption", menu + "Rural Transport Cash Approved After Village Campaign\n\n12 March 2024\n\nRural Buses at the Depot on Monday\n\n" + body + body2,
			"Rural Transport Cash Approved After Village Campaign"},
		// Even when a heading's list took the headline and the buttons.
		// A summary between the headline and the text is passed over.
		{"summary", menu + "Rural Transport Cash Approved After Village Campaign\n\nAnna Berg\n\nSummary\n\n" +
			"The regional government will spend more on rural buses over the next three years, after villages complained.\n\nDetails\n\nFollow Us\n\n" + body + body2,
			"Rural Transport Cash Approved After Village Campaign"},
		{"listed", menu + "Son Dakika\n\nBursa Otobüs Kazası: Üç Kişi Hayatını Kaybetti\n\n05.02.2024 - 08:14\n\nGoogle News'te Takip Et\n\nKazada Devrilen Otobüs Kaldırıldı\n\n" +
			"Bursa'da yolcu otobüsünün devrilmesi sonucu 3 kişi hayatını kaybetti, 27 kişi yaralandı. Kaza gece saat 03.30 sıralarında meydana geldi.\n\n" +
			"Edinilen bilgiye göre, sürücüsünün direksiyon hakimiyetini kaybettiği otobüs yoldan çıkarak şarampole devrildi. Yaralılar hastanelere kaldırıldı.\n\n" +
			"Kazada hayatını kaybedenlerin cenazeleri otopsi için Adli Tıp Kurumu'na götürüldü. Kazayla ilgili soruşturma başlatıldı.\n",
			"Bursa Otobüs Kazası: Üç Kişi Hayatını Kaybetti"},
		// A title set twice, as the breadcrumb trail's last step and as the
		// heading, is the headline though the text opens with other words.
		{"breadcrumb repeat", "TOI Student\nBennett University\nEnvironment\nEducation Fest\nEducation\nTrending News\nViral News\nSocial\nBlogs\nYear Ender\n" +
			"Speak Out\nCampaigns\nLaunchpad\nClassifieds\nArchives\nProperty\nCoupons\n\nNews\nWorld News\n" +
			"Offshore Wind Farm Plans Face Legal Challenge\nOffshore Wind Farm Plans Face Legal Challenge\nAnna Berg | Updated: Oct 9, 2019, 11:05 IST\nHighlights\n" + body + body2,
			"Offshore Wind Farm Plans Face Legal Challenge"},
		// A standfirst of a headline's shape echoes the text as well: the
		// headline straight over it is found too.
		// A headline may open with a quotation.
		{"quoted", menu + "\u2018Villages Win Back Their Bus Routes\u2019 After Regional Plan\n\n12 March 2024\n\nRural Buses at the Depot on Monday\n\n" + body + body2,
			"\u2018Villages Win Back Their Bus Routes\u2019 After Regional Plan"},
		// A video's title takes the place of the headline; over the date,
		// the standfirst and the headline over it are both found.
		{"stacked", menu + "Villages Win Back Their Bus Routes After Long Campaign\n\nVillages get their rural bus services back next spring\n\nBy Anna Berg\n\n12 March 2024\n\nShare\n\nFacebook\n\nRural Bus Services Return to the Villages\n\n" + body + body2,
			"Villages Win Back Their Bus Routes After Long Campaign"},
		// Korean puts particles after the stem: "신호장애로" is "신호장애" + "로".
		{"hangul", "뉴스\n\n사회\n\n서울 지하철 4호선 신호장애로 40분 운행 차질\n\n김민지\n\n기자\n\n송고시간2025-03-05 09:21\n\n공유\n\n댓글\n\n" +
			"(서울=연합뉴스) 김민지 기자 = 5일 오전 서울 지하철 4호선 일부 구간에서 신호장애가 발생해 약 40분간 열차 운행이 지연됐다.\n\n" +
			"서울교통공사에 따르면 이날 오전 7시 32분께 4호선 성신여대입구역과 한성대입구역 사이 구간의 신호 설비에 장애가 생겨 열차가 서행 운행했다.\n\n" +
			"출근 시간대와 겹치면서 승강장에는 열차를 기다리는 승객들이 몰렸고, 일부 시민은 버스나 택시로 갈아타기도 했다.\n",
			"서울 지하철 4호선 신호장애로 40분 운행 차질"},
		// A widget's line between them leaves the headline not the nearest:
		// it still echoes half its pairs of characters.
		{"chinese", "首頁\n\n即時\n\n政治\n\n社會\n\n生活\n\n新聞網 › 生活 › 交通\n\n市府宣布公車票價調降 下月起全面實施\n\n2025/03/16 10:30\n\n分享\n\nFacebook\n\nLINE\n\n加入好友了嗎？\n\n" +
			"市府今（16）日宣布，市區公車票價將自下月起調降，單程票價由15元降為12元，預計每年嘉惠超過百萬人次的通勤族。\n\n" +
			"交通局長表示，此次調降票價的經費來自中央補助與市府預算，並將同步增加尖峰時段的班次，以減少乘客候車時間。\n\n" +
			"市議員則提醒，票價調降後搭乘人數可能大增，市府應及早規劃路線與司機人力，避免服務品質下降。\n",
			"市府宣布公車票價調降 下月起全面實施"},
		// An interview's questions stand between its paragraphs: its text
		// starts with the first answer, not with two paragraphs in a row.
		{"interview", menu + "Ponds Are Cheaper Than Dams and Work at Once, Says Hydrologist\n\nAnna Berg\n\n12 March 2024\n\n" +
			"The country has drained most of its wetlands over two centuries. A hydrologist explains why small ponds bring the water back.\n\n" +
			"What exactly is a pond, and how does it differ from a fishpond?\n\n" +
			"A pond is a small, shallow body of water, usually without a dam and without an outflow. Nobody fishes it and nobody drains it.\n\n" +
			"Why does that matter for the drought?\n\n" +
			"Because water that stays in the landscape soaks into the ground. Every pond works like a small sponge, and many of them add up.\n\n" +
			"How many ponds have you restored so far?\n\n" +
			"More than three hundred in five years, most of them on land that farmers gave up because it was always wet in spring.\n\n" +
			"The cheapest cost less than a family car, and the most expensive about as much as a small house in the countryside.\n",
			"Ponds Are Cheaper Than Dams and Work at Once, Says Hydrologist"},
		{"standfirst", menu + "Villages Win Back Their Bus Routes After Long Campaign\n\nThe regional government will spend more on rural buses for three years\n\nAnna Berg\n\nValley -\n\n" + buttons + body + body2,
			"Villages Win Back Their Bus Routes After Long Campaign"},
	} {
		res := c0(t).Text(tt.doc)
		if !strings.Contains(res.Text, tt.title) {
			t.Errorf("%s: headline lost: %+v", tt.name, res.Removed)
		}
	}
	// A comment count by the headline links to the comments further down.
	lead := "The first buses will run in May.\n\nTen villages get a stop again.\n\n"
	res := c0(t).Text(menu + "Villages Win Back Their Bus Routes\n\nComments (12)\n\n" + lead + body + "Comments\n\nGreat news for our village!\n")
	if !strings.Contains(res.Text, "Ten villages get a stop again.") {
		t.Errorf("article lost after a comment count: %+v", res.Removed)
	}
}

// TestStandfirstKept checks that a standfirst a menu heading's list took
// is kept under the headline found, when it sums up the story.
func TestStandfirstKept(t *testing.T) {
	head := "News\n\nSport\n\nWhat's On\n\nProperty\n\nVillages Win Back Their Bus Routes\n\n"
	standfirst := "The scheme could leave operators short of drivers before spring, and the union says wages have fallen behind"
	tail := "By Anna Berg\n\n5 March 2024\n\nShare\n\nFacebook\n\n27 comments\n\n"
	res := c0(t).Text(head + standfirst + "\n\n" + tail + body + body2)
	if !strings.Contains(res.Text, standfirst) {
		t.Errorf("standfirst lost: %+v", res.Removed)
	}
	// A line that has nothing in common with the text is not its summary.
	other := "The tickets for the summer music festival went on sale this morning and sold out within the hour"
	res = c0(t).Text(head + other + "\n\n" + tail + body + body2)
	if strings.Contains(res.Text, other) {
		t.Errorf("unrelated line kept: %q", res.Text)
	}
}

// TestSummaryPointsKept checks that the points of a summary between the
// headline and its text stay with the headline, however many widgets stand
// between them and the text, and that a list of other stories in title
// case over a headline is no summary.
func TestSummaryPointsKept(t *testing.T) {
	menu := "Portada\n\nEspaña\n\nInternacional\n\nEconomía\n\nDeportes\n\n"
	headline := "Cae en Francia la jefa del aparato logístico de la banda y su pareja"
	points := []string{
		"Bajo su mando se encontraba el control de los depósitos de armas",
		"Su pareja, detenido con ella, participó en el atentado del aeropuerto",
		"Experimentó un rápido ascenso en la banda tras las sucesivas detenciones",
		"Dirigió durante cinco años la captación de nuevos miembros",
	}
	widgets := "Ana Ruiz | Madrid\n\nActualizado domingo 28/10/2012 03:21 horas\n\nDisminuye el tamaño del texto\n\nAumenta el tamaño del texto\n\nComentarios 15\n\n"
	text := "Importante golpe a la banda en Francia. La policía ha detenido en un hotel de Macon a la jefa del aparato logístico y a su pareja, según ha informado el Ministerio del Interior este domingo.\n\n" +
		"Bajo su mando se encontraba el control de los depósitos de armas, y su pareja estuvo implicado en el atentado del aeropuerto, según fuentes de la investigación.\n\n" +
		"Experimentó un rápido ascenso en la banda tras las sucesivas detenciones de sus jefes, y dirigió durante cinco años la captación de nuevos miembros antes de pasar a la clandestinidad.\n\n"
	res := c0(t).Text(menu + headline + "\n\n" + strings.Join(points, "\n\n") + "\n\n" + widgets + text)
	keptAndGone(t, res, append([]string{headline}, points...), []string{"Disminuye el tamaño del texto", "Comentarios 15"})

	// Headlines of other stories over the article's own are not its points.
	others := "Police Arrest Two Men After Airport Bomb Threat\n\nBand Leaders Face Trial In Paris Next Month\n\n"
	res = c0(t).Text(menu + others + headline + "\n\n" + widgets + text)
	keptAndGone(t, res, []string{headline}, []string{"Police Arrest Two Men After Airport Bomb Threat", "Band Leaders Face Trial In Paris Next Month"})
}

func TestHeadlineKept(t *testing.T) {
	menu := "Mountain Trails\n\nTravel Guides\n\nWeekend Walks\n\nCity Maps\n\n"
	between := "Anna Berg, transport correspondent\n\n"
	for _, tt := range []struct {
		title string
		kept  bool
	}{
		{"Villages Win Back Their Bus Routes", true},
		{"Diary of a Slow Cook", false},
	} {
		res := c0(t).Text(menu + tt.title + "\n\n" + between + body + body2)
		if got := strings.Contains(res.Text, tt.title); got != tt.kept {
			t.Errorf("%q kept: %v, want %v: %q", tt.title, got, tt.kept, res.Text)
		}
		if strings.Contains(res.Text, "Travel Guides") {
			t.Errorf("menu kept: %q", res.Text)
		}
	}
}

// TestRepeatedHeadingKept checks that a heading right above the text stays
// though it repeats a line of a list above, which goes, and so does its
// standfirst, when the page showed both over itself, with its source, date
// and share buttons between, once each; while the label over share buttons
// and a line in a row of them do not.
func TestRepeatedHeadingKept(t *testing.T) {
	const title = "Good News at Last"
	const zhTitle, zhStandfirst = "专家：区域合作符合各方利益", "在旧金山举行的会晤吸引了全世界的目光。多名专家告诉本报，合作共赢符合国际社会的利益，各方应当采取更多行动。"
	const zhBody = "区域合作基金会执行主席认为，共同繁荣还是互相毁灭，这是各方面临的抉择。众所周知，今天的金融往来和贸易联系已经把各国紧紧地连在一起，任何一方都无法独善其身。\n\n" +
		"研究所副所长指出，作为全球最大的两个经济体，双方关系几乎会影响每一个国家，这是不可避免的。他认为，会晤释放了积极的信号，有助于稳定市场的预期。\n"
	tests := []struct {
		name, in string
		kept     []string // each once
		gone     []string
	}{
		{"under a list", "Good News at Last\n\nMarket Day Returns\n\nNew Library Opens\n\nSchool Fees Rise\n\n" + title + "\n\n" + body + body2,
			[]string{title + "\n\nThe regional"}, []string{"Market Day"}},
		{"title and standfirst over the page", zhTitle + "\n" + zhStandfirst + "\n本报首页\n首页\n时政\n资讯\n财经\n生活\n视频\n专栏\n双语\n原创\n" +
			zhTitle + "\n来源： 本报\n2023-11-17 15:13\n分享\n分享到微信\n" + zhStandfirst + "\n" + zhBody,
			[]string{zhTitle + "\n" + zhStandfirst + "\n区域合作基金会"}, []string{"时政"}},
		{"label of share buttons", "Facebook\nTwitter\nLink to this story below:\nPrint\nHome\nNews\nSport\nSearch\n\nLink to this story below:\nShare\n\n" + body + body2,
			nil, []string{"Link to this story"}},
		{"in a row of share buttons", "Facebook\nTwitter\nMail this story to a friend\nPrint\nHome\nNews\nSport\nSearch\n\nFacebook\nTwitter\nMail this story to a friend\nPrint\n\n" + body + body2,
			nil, []string{"Mail this story"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := c0(t).Text(tt.in)
			keptAndGone(t, res, tt.kept, tt.gone)
			for _, k := range tt.kept {
				if n := strings.Count(res.Text, k); n > 1 {
					t.Errorf("%q kept %d times: %q", k, n, res.Text)
				}
			}
		})
	}
}

// TestProfileBlurb checks that a sidebar's self-description under "About
// me" goes with its heading when links follow it, even two before the
// article, and stays when the text goes on right after it.
func TestProfileBlurb(t *testing.T) {
	blurb := "About Me\n\nI am a retired teacher who writes about the buses and trains of the valley, and I live in the old mill town with my two dogs.\n\n"
	tests := []struct {
		name, between string
		kept          bool
	}{
		{"links", "Archive\n\nContact\n\nSite map\n\nTravel\n\nTrains\n\nBuses\n\nFerries\n\n", false},
		{"two labels before the article", "Archive\n\nContact\n\n", false},
		{"text goes on", "", true},
		{"text goes on with a lead-in", "With the help of these notes you can:\n\n", true},
	}
	for _, tt := range tests {
		res := c0(t).Text(blurb + tt.between + body + body2)
		if strings.Contains(res.Text, "retired teacher") != tt.kept || !strings.Contains(res.Text, strings.TrimSpace(body2)) {
			t.Errorf("%s: got %q", tt.name, res.Text)
		}
	}
}

// TestLiveBlogEntries checks that the entries of a live blog stay with
// their time stamps, the first entry's too, while a video's running time
// goes, and so does a lone time that might be one.
func TestLiveBlogEntries(t *testing.T) {
	entry := "Union leader Marian Dobre said the strike would go on until wages are paid."
	entry2 := "The transport ministry said it would meet the union again on Thursday morning."
	tests := []struct {
		name, in   string
		kept, gone []string
	}{
		{"two entries", body + "15:12\n\n" + entry + "\n\n13:45\n\n" + body2, []string{entry, "15:12", "13:45"}, nil},
		{"first entry under the buttons", "Share\n\nFacebook\n\n19h40\n\n" + body + "Share\n\n19h05\n\n" + entry + " " + entry2 + "\n\nShare\n\n18h30\n\n" + body2,
			[]string{"19h40", "19h05", "18h30"}, []string{"Facebook"}},
		{"running time", body + "15:12\n\n" + entry + "\n\nWatch the video\n\n0:58\n\n13:45\n\n" + entry2 + "\n\n" + body2,
			[]string{"15:12", "13:45", entry2}, []string{"0:58"}},
		{"lone time", body + "15:12\n\n" + body2, nil, []string{"15:12"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { keptAndGone(t, c0(t).Text(tt.in), tt.kept, tt.gone) })
	}
}

// TestAnnouncedList checks that short title-case lines after a sentence
// that announces them with a colon stay, as the text's own list, while the
// same run without the sentence is a menu.
func TestAnnouncedList(t *testing.T) {
	intro := "Traffic grew sharply. According to the traffic police, the busiest roads were:"
	list := "Victoria Avenue\n\nMagheru Boulevard\n\nColentina Road\n\nUnion Underpass\n\n"
	keptAndGone(t, c0(t).Text(body+intro+"\n\n"+list+body2), strings.Fields("Victoria Magheru Colentina Union"), nil)
	keptAndGone(t, c0(t).Text(body+list+body2), nil, []string{"Magheru"})
}

// TestLabelSaysNothing checks that a "Read also" label set inside the
// text does not sink the paragraph above it: like a date, it sits inside
// articles as often as outside them.
func TestLabelSaysNothing(t *testing.T) {
	menu := "Mountain Trails\n\nTravel Guides\n\nWeekend Walks\n\nCity Maps\n\n"
	para := "The quick count by the valley survey institute put Budi Santoso at 46.81 percent of the vote, ahead of Ahmad Rifai"
	in := menu + para + "\n\nRead also:\n\nElection Board Starts Manual Count Tomorrow\n\n" + body + body2
	keptAndGone(t, c0(t).Text(in), []string{para}, nil)
}

// TestLabelDoesNotEndText checks that a "Read also" label over one link,
// set near the end of the article, takes the link and not the paragraph
// after it, nor the lines after that.
func TestLabelDoesNotEndText(t *testing.T) {
	last := "The first of the new routes will open on the first Monday of May, the transport office said."
	in := body + body2 + "Read also\n\nGovernor Signs New Budget Into Law After Long Night\n\n" + last + "\n\nValley Times staff\n"
	keptAndGone(t, c0(t).Text(in), []string{last}, []string{"Governor"})
}

// TestLabelOverSubheading checks that a "Read also" link set inside the
// text takes only its headline when the article goes on under it with a
// subheading or a sentence that announces a list, even where the text
// after that is not two good paragraphs in a row.
func TestLabelOverSubheading(t *testing.T) {
	link := "Governor Signs New Budget Into Law After Long Night"
	after := []string{
		"The results were as follows:",
		"First prize: \"House on the Water\" – Hisham Omari (Egypt)",
		"Second prize: \"Salt of Noon\" – Noura Hammadi (UAE)",
		"Third prize: \"Letters That Never Arrived\" – Youssef Benali (Morocco)",
		"The prize money totals 600,000 dirhams, and the winning stories will be published in a joint volume in Arabic and English next autumn.",
	}
	tests := []struct {
		name, in string
		kept     []string
	}{
		{"announced list", body + "Read also:\n\n" + link + "\n\n" + strings.Join(after, "\n\n") + "\n", after},
		{"subheading", body + "Read also\n\n" + link + "\n\nCash no longer accepted\n\n" + body2, []string{"wages had not kept pace"}},
		// An interviewer's question under the link is the text's.
		{"question", body + "Read also\n\n" + link + "\n\n— Last Summer Broke Every Record. Why?\n\n" + body2, []string{"Last Summer Broke Every Record. Why?"}},
		// So is a sentence that stops, announcing rows of figures.
		{"results", body + "Read also\n\n" + link + "\n\nThe final count was as follows (election board).\n\nElected 18,412 Keiko Yamamoto 54\n\n15,037 Kenji Sasaki 61\n\n3,120 Shinya Kawamura 47\n\n" + body2,
			[]string{"The final count was as follows (election board).", "Elected 18,412 Keiko Yamamoto 54", "3,120 Shinya Kawamura 47"}},
		// A second headline under the label that shares a word with the
		// paragraph under it is the text's subheading.
		{"numbered subheading", body + "Read also\n\n" + link + "\n\n3. Only Card Payments on Buses\n\n" +
			"From April, drivers will no longer take cash, and passengers pay by card or through the city's app.\n\n" + body2,
			[]string{"3. Only Card Payments on Buses", "drivers will no longer take cash"}},
		// Two links under the label, a list just over it: the list keeps
		// its place in the text.
		{"two links", "Sütlaç, Osmanlı mutfağından bugüne ulaşan en eski sütlü tatlılardan biri. Ancak evde yapıldığında çoğu zaman ya fazla sulu kalıyor ya da üstü istenen renge ulaşmıyor." + "\n\n" +
			"30 yıldır Gaziantep'te lokanta işleten Hatice Ermiş, bu sorunun iki sebebi olduğunu söylüyor: pirincin iyi haşlanmaması ve fırının yeterince ısınmaması. \"Sütlacın üstü fırının en üst rafında, sadece üst ızgarada kızarır. Sabırlı olmak lazım\" diyor." + "\n\n" +
			"Reklam" + "\n\n" +
			"Fırında sütlaç için malzemeler" + "\n\n" +
			"1 litre süt" + "\n\n" +
			"yarım su bardağı pirinç" + "\n\n" +
			"1,5 su bardağı su" + "\n\n" +
			"1 su bardağı toz şeker" + "\n\n" +
			"2 yemek kaşığı pirinç unu" + "\n\n" +
			"yarım su bardağı soğuk su (pirinç unu için)" + "\n\n" +
			"1 paket vanilya" + "\n\n" +
			"üzeri için tarçın (isteğe bağlı)" + "\n\n" +
			"İlginizi Çekebilir" + "\n\n" +
			"Güllaç tarifi: Ramazan'ın en hafif tatlısı evde nasıl yapılır?" + "\n\n" +
			"Kolay revani tarifi: Şerbetini tam çeken revani için 5 püf nokta" + "\n\n" +
			"Fırında sütlaç nasıl yapılır?" + "\n\n" +
			"Pirinçleri iyice yıkayın ve 1,5 su bardağı su ile birlikte tencereye alın. Suyunu çekene kadar kısık ateşte haşlayın." + "\n\n" +
			"Sütü ekleyip karıştırın. Süt kaynamaya başlayınca şekeri ilave edin ve 10 dakika daha pişirin." + "\n\n" +
			"Pirinç ununu yarım su bardağı soğuk suyla pürüzsüz olana kadar çırpın. Kaynayan sütün içine yavaş yavaş ekleyerek sürekli karıştırın." + "\n\n" +
			"Sütlaç koyulaşmaya başlayınca vanilyayı ekleyin ve ocaktan alın." + "\n\n" +
			"Karışımı fırına dayanıklı kaselere paylaştırın. Kaseleri içinde su bulunan derin bir fırın tepsisine yerleştirin.", []string{"1 litre süt", "1 paket vanilya", "Sütü ekleyip"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { keptAndGone(t, c0(t).Text(tt.in), tt.kept, []string{link}) })
	}
}

// TestAnnouncedListAfterLink checks that a list the text announces stays
// when a related-stories heading and its one headline stand between the
// text and the announcing sentence, while the heading and headline go.
func TestAnnouncedListAfterLink(t *testing.T) {
	link := "Exam Timetable: Key Dates for the Spring Term"
	items := []string{
		"The contest was held in three categories. The winners:",
		"Primary schools",
		"1st place – Zofia Nowak, School No. 12 in Tarnow",
		"2nd place – Anton Kras, School in Zbylitowska",
		"3rd place – Maja Wojcik, School No. 3 in Dabrowa",
		"Secondary schools",
		"1st place – Julia Sowa, First High School in Tarnow",
		"2nd place – Michal Pajak, Technical School in Tarnow",
	}
	in := body + "Recommended:\n\n" + link + "\n\n" + strings.Join(items, "\n\n") + "\n\nAdvertisement\n\n" + body2
	keptAndGone(t, c0(t).Text(in), items, []string{link, "Recommended", "Advertisement"})
}

// TestListStopsAtAnnouncement checks that a related list set inside the
// article ends at a sentence of the text that announces its own list.
func TestListStopsAtAnnouncement(t *testing.T) {
	intro := "The court handed down the following sentences to the three defendants:"
	items := []string{"The former mayor: six years in prison.", "The contractor: four years in prison."}
	in := body + "Related\n\nGovernor Signs New Budget Into Law After Long Night\n\n" + intro + "\n\n" +
		strings.Join(items, "\n\n") + "\n\n" + body2
	keptAndGone(t, c0(t).Text(in), append(items, intro), nil)
}

// TestAnnouncedResults checks that results, weather by city and other
// lists of names and figures stay when a sentence of the text announces
// them and the text goes on after them, while an advertisement marker
// among them still goes.
func TestAnnouncedResults(t *testing.T) {
	items := []string{
		"Candidates for mayor (42 of 42 precincts):",
		"1. Lorenzo Gatti (Valley Centre) – 2,893 votes, 12.4%",
		"2. Elena Marchi (Progressive Party, Valley Common Good, Green Left) – 12,418 votes, 53.4%",
		"3. Paolo Rinaldi (Popular Alliance, Civic League, Free Valley) – 7,951 votes, 34.2%",
		"Provinces under warning:",
		"Mugla, Antalya, Burdur, Isparta, Mersin, Adana, Osmaniye, Hatay",
		"Istanbul: Partly Cloudy, 17°C",
		"Ankara: Partly Cloudy, 13°C",
		"Izmir: Light Rain, 19°C",
		"Antalya: Heavy Showers, 21°C",
	}
	in := body + strings.Join(items[:4], "\n\n") + "\n\nAdvertisement\n\n" + strings.Join(items[4:], "\n\n") + "\n\n" + body2
	keptAndGone(t, c0(t).Text(in), items, []string{"Advertisement"})
}

// TestFiguresAreNotHeadlines checks that a box of labelled figures in a
// language that capitalises its nouns is not taken for a list of
// headlines, even where no kept text stands right above it.
func TestFiguresAreNotHeadlines(t *testing.T) {
	box := []string{
		"Umsatz: 2,41 Mrd. Fr. (Vorjahr: 2,30 Mrd.)",
		"Betriebsergebnis (EBIT): 287 Mio. Fr. (251 Mio.)",
		"EBIT-Marge: 11,9 Prozent (10,9 Prozent)",
		"Reingewinn: 198 Mio. Fr. (171 Mio.)",
	}
	before := "Der Konzern hat im vergangenen Geschäftsjahr einen Umsatz von 2,41 Milliarden Franken erzielt, 4,6 Prozent mehr als im Vorjahr.\n\n" +
		"Der Reingewinn stieg auf 198 Millionen Franken, nach 171 Millionen im Jahr 2023. Analysten hatten mit weniger gerechnet.\n\n"
	after := "Vor allem das Geschäft mit Antrieben für Schienenfahrzeuge lief gut. Hier stieg der Auftragseingang um fast 20 Prozent.\n\n" +
		"Schwächer entwickelte sich die Sparte Industrieantriebe, die unter der Flaute in der Maschinenindustrie leidet.\n"
	in := before + "Box aufklappen\n\nDie Zahlen im Überblick\n\n" + strings.Join(box, "\n\n") + "\n\n" + after
	keptAndGone(t, c0(t).Text(in), box, []string{"aufklappen"})
}

// TestFactBox checks that the fact box under a report (score, line-ups,
// referee, crowd, then the table) stays after the text, while labelled
// lines that repeat one label, or a box with no text before it, go.
func TestFactBox(t *testing.T) {
	box := []string{
		"FC Rheinfelden – TSV Ebersberg 2:1 (0:0)",
		"Rheinfelden: Hollerbach – Demir, Kästner, Wolters – Brandt, Mayer – Osei",
		"Ebersberg: Stadler – Huber, Jankowski, Feldmann – Gerlach, Wirth – Brückner",
		"Referee: Martin Reiß (Augsburg)",
		"Goals: 1:0 Osei (54.), 1:1 Brückner (71.), 2:1 Okafor (89.)",
		"Attendance: 27,412",
		"The bottom of the table:",
		"14. FC Rheinfelden 25 games, 27:44 goals, 26 points",
		"15. TSV Ebersberg 25 games, 29:47 goals, 24 points",
	}
	sidebar := []string{
		"Opinion: Why the valley needs a new bridge now",
		"Opinion: The council has lost its way on housing",
		"Opinion: Three lessons from the flood year",
	}
	contacts := []string{
		"Local News Desk: metro@example.com or 202.555.7300",
		"National News Desk: national@example.com or 202.555.7410",
		"Business News Desk: business@example.com or 202.555.7320",
		"Sports News Desk: sports@example.com or 202.555.7350",
	}
	tail := "\n\nRelated\n\nCoach Leaves Ebersberg After Two Years\n\nCopyright 2025 Valley Times\n"
	// A travel story's practical box: fields long enough to keep
	// themselves, and a short one that goes with them.
	practical := []string{
		"Getting there: Trains leave the capital for the coast every two hours, and the trip takes about four and a half hours.",
		"Ferries: The island boat sails five times a day from the harbour, weather permitting; a return ticket costs 8 euros.",
		"Information: Tourist office, 0555 639 4178",
	}
	// An ice hockey box: the score and the periods are rows of figures
	// before its fields; the links under a heading after it are no part.
	hockey := []string{
		"Valley Wolves – Northern Eagles 4–3 OT (1–1, 0–2, 2–0, 1–0)",
		"1st period: 1–0 Allen (Ross, Lane) 5:12, 1–1 Hart (Vine) 14:38",
		"2nd period: 1–2 Hart (Kent) 29:55, 1–3 Kent (Nash) 31:40",
		"Overtime: 4–3 Allen 62:41",
		"Saves: Mattila 27, Kallio 31",
		"Attendance: 4,218",
	}
	leagueLinks := "\n\nAround the arenas tonight\n\nHandball: Talheim misses out on promotion by a single point\n\nBasketball: the derby ends in a draw after two overtimes\n"
	quotes := []string{
		"Zoltan Horvath: \"We were not on the pitch until the middle of the second half. Adam came on and changed the game.\"",
		"Csaba Olah: \"For forty-two minutes we did everything right. Then we ran out of patience and the finishing went.\"",
	}
	review := []string{"The Tide Within", "Verdict: Very good", "★★★★☆", "Cast: Joana Medrado, Edvaldo Brito", "Running time: 104 minutes", "Director: Lucia Prado"}
	// A recipe's facts with an ad's slot among them.
	recipe := []string{"Preparation: 30 minutes", "Cooking: 25 minutes", "Advertisement", "Difficulty: medium", "Serves: 4 people"}
	// A table of counts by region under a head row set like a trail.
	tally := []string{"In detail", "Region / Cases of the day", "Buenos Aires 12208", "Catamarca 155", "Santa Fe 2.327", "Tierra del Fuego 95"}
	// A blog's posts of other years are no table.
	years := []string{"Gentle Joy in my Jammies - 2006", "Be a Virtual BlogHer - 2005", "It's That Day - 2004"}
	tests := []struct {
		name       string
		in         string
		kept, gone []string
	}{
		{"after the text", body + body2 + strings.Join(box, "\n\n") + tail, box, []string{"Coach Leaves", "Copyright"}},
		{"counts", body + body2 + strings.Join(tally, "\n\n") + tail, tally, []string{"Coach Leaves"}},
		{"posts of other years", body + body2 + "On this day, other years:\n\n" + strings.Join(years, "\n\n") + tail, nil, years},
		{"closing the document", body + body2 + strings.Join(contacts, "\n\n"), contacts, nil},
		{"one label over and over", body + body2 + strings.Join(sidebar, "\n\n") + tail, nil, sidebar},
		{"no text before", strings.Join(box[1:6], "\n\n") + "\n\n" + body + body2, nil, box[1:5]}, // the last one leans on the text
		{"rows before fields", body + body2 + strings.Join(hockey, "\n\n") + leagueLinks, hockey, []string{"Talheim", "derby"}},
		{"after kept fields", body + body2 + strings.Join(practical, "\n\n") + tail, practical, []string{"Coach Leaves"}},
		// A review's facts with its stars among them.
		{"review", body + body2 + strings.Join(review, "\n\n") + tail, review, []string{"Coach Leaves"}},
		// A heading over the quotes after the box goes with the box.
		{"heading over kept fields", body + body2 + strings.Join(box[:6], "\n\n") + "\n\nREACTIONS\n\n" + strings.Join(quotes, "\n\n") + tail,
			append(quotes, "REACTIONS"), []string{"Coach Leaves"}},
		{"around an ad", body + body2 + "Advertisement\n\n" + strings.Join(recipe, "\n\n") + tail,
			[]string{recipe[0], recipe[1], recipe[3], recipe[4]}, []string{"Advertisement"}},
		// A photo's credit between two fields, and a line after it.
		{"around a photo", body + body2 + strings.Join(box[3:5], "\n\n") + "\n\nPhoto: Anna Keller\n\n" + strings.Join(box[5:], "\n\n") + tail,
			box[5:], []string{"Photo: Anna Keller", "Coach Leaves"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { keptAndGone(t, c0(t).Text(tt.in), tt.kept, tt.gone) })
	}
}

func TestField(t *testing.T) {
	tests := []struct {
		in, label, value string
		ok               bool
	}{
		{"Schiedsrichter: Martin Reiß (Augsburg)", "schiedsrichter", "Martin Reiß (Augsburg)", true},
		{"Data e hora: 9 de agosto de 2025, às 18h30", "data e hora", "9 de agosto de 2025, às 18h30", true},
		{"ATLÉTICO SERRANO: Lucas Faria; Índio, Gabriel Neto", "atlético serrano", "Lucas Faria; Índio, Gabriel Neto", true},
		{"比分：3比1", "比分", "3比1", true}, // the value starts after the whole full-width colon
		{"2:1 (0:0)", "", "", false},
		{"https://example.com", "", "", false},
		{"Time: ", "", "", false},
		{"He said, in the end: nothing", "", "", false},
		{"The man who came from the fourth league: a portrait", "", "", false},
	}
	for _, tt := range tests {
		label, value, ok := field(tt.in)
		if label != tt.label || value != tt.value || ok != tt.ok {
			t.Errorf("field(%q) = %q, %q, %v; want %q, %q, %v", tt.in, label, value, ok, tt.label, tt.value, tt.ok)
		}
	}
}

func TestHeadlineValue(t *testing.T) {
	checkLines(t, "headlineValue", headlineValue, []lineCase{
		{"un homme tué par balle dans les quartiers nord", true},
		{"why the valley needs a new bridge now", true},
		{"Hollerbach – Demir, Kästner, Wolters – Osei", false},
		{"Martin Reiß (Augsburg)", false},
		{"18.922 pagantes", false},
		{"le nouvel entraîneur", false}, // too short to tell
		{"The Remarkable Story Of The Telegraph", false},
	})
}

// TestMenuOverText checks that a menu of two-word sections over the text
// goes, but for the last two, which may be its kicker and heading, while a heading
// of two words over a list that leads to the text stays: a section name
// vouches for nothing over it.
func TestMenuOverText(t *testing.T) {
	menu := []string{"Domácí zprávy", "Zahraniční zprávy", "Ostatní sporty", "Naše regiony", "Tiskové zprávy"}
	list := []string{"Ficha técnica", "Atlético Serrano 2 x 1 Itaquera", "Local: Estádio Alcides Pereira, em Belo Horizonte"}
	in := strings.Join(menu, "\n\n") + "\n\n" + body + strings.Join(list, "\n\n") + "\n\n" + body2
	keptAndGone(t, c0(t).Text(in), list, menu[:len(menu)-2])
}

// TestLiveBlog checks that a live blog's entries stay with their times:
// a time over each entry is text, and a related heading between entries
// does not end the blog.
func TestLiveBlog(t *testing.T) {
	entries := []string{
		"14h48", "La préfecture du Calvados annonce la réouverture du pont de Normandie aux véhicules légers. Il reste interdit aux poids lourds jusqu'à nouvel ordre.",
		"14h21", "Enedis revoit son bilan à la baisse : 163 000 clients sont encore privés de courant, contre 180 000 en fin de matinée, selon le gestionnaire du réseau.",
		"13h55", "Au Conquet, la maire décrit à la radio des toitures arrachées et des bateaux retournés dans le port, et demande l'état de catastrophe naturelle.",
		"13h10", "Météo-France maintient la vigilance orange pour le Finistère, les Côtes-d'Armor, la Manche et le Calvados. Le reste de la Bretagne passe en jaune.",
	}
	var in strings.Builder
	in.WriteString("Tempête Bérénice : un mort et 180 000 foyers privés d'électricité dans le nord-ouest\n\n")
	for k := 0; k < len(entries); k += 2 {
		if k == 2 {
			// A label's one link, then the next entry under its own heading.
			in.WriteString("Lire aussi\n\nTempête : les images impressionnantes des vagues sur la côte bretonne\n\n" +
				entries[k] + "\n\nDes milliers de foyers dans le noir\n\n" + entries[k+1] + "\n\nPartager\n\n")
			continue
		}
		if k == 4 {
			in.WriteString("A lire aussi\n\nVRAI OU FAUX. Les tempêtes sont-elles plus violentes à cause du réchauffement climatique ?\n\n" +
				"Tempête Ciarán : ce que l'on sait du bilan un an après\n\n")
		}
		in.WriteString(entries[k] + "\n\n" + entries[k+1] + "\n\nPartager\n\n")
	}
	in.WriteString("Voir les commentaires\n")
	keptAndGone(t, c0(t).Text(in.String()), append(entries, "Des milliers de foyers dans le noir"), []string{"images impressionnantes", "VRAI OU FAUX", "Ciarán", "Partager"})
}

// TestReadAlsoIsLabel checks that "read also" in any spelling links one
// story from inside the text and does not end it, however the text goes
// on under the link: here, paragraphs between short lines.
func TestReadAlsoIsLabel(t *testing.T) {
	link := "Villages Win Back Their Bus Routes After Long Campaign"
	rest := []string{
		"Drivers will be hired from the region, and the first of them start their training in March, the operator said on Tuesday.",
		"The fares stay the same.",
		"Villages that lost their last bus in the cuts of 2015 will be served first, followed by the market towns on the valley road.",
		"Schools welcomed it.",
		"The council will review the routes after a year, and may add evening services if enough passengers use the new connections.",
	}
	for _, label := range []string{"A lire aussi", "Прочитајте још", "Pročitajte i"} {
		res := c0(t).Text(body + label + "\n\n" + link + "\n\n" + strings.Join(rest, "\n\n") + "\n")
		keptAndGone(t, res, rest, []string{label, link})
	}
}

// TestPageOfFieldsIsLinear checks that a long page whose every line reads
// "label: value" is cleaned in linear time: each fact box is looked for
// once, not from every line again.
func TestPageOfFieldsIsLinear(t *testing.T) {
	var in strings.Builder
	for i := range 30000 {
		fmt.Fprintf(&in, "Report %d: the council voted on Tuesday to extend the library's opening hours.\n\n", i)
	}
	start := time.Now()
	c0(t).Text(in.String())
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("30,000 fields took %v", d)
	}
}

// TestRating checks that a review's rating stays next to its text, while
// the same stars among a sidebar's chaff go.
func TestRating(t *testing.T) {
	checkLines(t, "isRating", isRating, []lineCase{
		{"★★★½", true},
		{"♥♥♥♥♥♡", true},
		{"L'avis du Figaro : ●●●○", true},
		{"Bewertung: ★★★★☆", true},
		{"★★", false},
		{"★★★★☆ 4.5 (234 reviews)", false},
		{"Rating: good", false},
		{"Hodnotenie: 8/10", true},
		{"Note : 4,5/5", true},
		{"8/10", false},           // a date, without a label
		{"Score: 3/4", false},     // a fraction
		{"Datum: 12/2024", false}, // a month
	})
	review := "The new production keeps the play's bleak humour and lets its three actors carry the long final scene without a word.\n\n"
	keptAndGone(t, c0(t).Text(body+review+"★★★★☆\n\nShare\n\nFacebook\n\n"+body2), []string{"★★★★☆"}, nil)
	sidebar := "Most popular\n\nHome\n\n★★★★☆\n\nSign in\n\nContact us\n"
	keptAndGone(t, c0(t).Text(body+body2+"Copyright 2025 Valley Times\n\n"+sidebar), nil, []string{"★★★★☆"})
	// The review's facts between its text and its rating stay with it.
	facts := []string{"The facts", "Drama by Lore Van Damme", "With Mira Claes, Tom De Ridder, Annemie Peeters", "Running time: 1 h 44", "Our verdict: ★★★★☆"}
	keptAndGone(t, c0(t).Text(body+review+strings.Join(facts, "\n\n")+"\n\nNewsletter: our film picks every Friday. Sign up\n\nMore on this\n\nTen films to see this spring\n"), facts, []string{"Ten films"})
}

// TestQuoteEndsSentence checks that a paragraph that ends inside a closing
// quotation mark ends as a sentence: a "Read also" label takes only the
// headline over it, not the paragraph too.
func TestQuoteEndsSentence(t *testing.T) {
	quote := `Abdul Karim, a villager, said: "The wind woke me at dawn. The roof flew off before we got out."`
	for _, q := range []string{quote, strings.ReplaceAll(strings.ReplaceAll(quote, `: "`, ": „"), `."`, ".“")} {
		in := body + "Read also\n\nWhy Storms Form and How to Stay Safe\n\n" + q + "\n\n" + body2
		keptAndGone(t, c0(t).Text(in), []string{q}, []string{"Why Storms Form"})
	}
}

// TestTableAfterText checks that rows of figures the text sets under a
// title stay as a table of the text, with no labelled fields around them,
// while rows of dates and times do not make a table.
func TestTableAfterText(t *testing.T) {
	rows := []string{
		"Top four in the table",
		"1. Valley Mavericks – 7 games, 12 points",
		"2. River Guardians – 7 games, 10 points",
		"3. Northern Knights – 6 games, 8 points",
		"4. Hill Warriors – 7 games, 8 points",
	}
	posts := []string{
		"Latest posts on the board",
		"- posted by Rikarus - last activity 12/26 03:32pm",
		"- posted by DanBoone - last activity 12/26 03:27pm",
		"- posted by Bonk - last activity 12/26 03:25pm",
		"- posted by Miri - last activity 12/26 03:20pm",
	}
	tail := "\n\nRelated\n\nCoach Leaves Ebersberg After Two Years\n"
	keptAndGone(t, c0(t).Text(body+body2+strings.Join(rows, "\n\n")+tail), rows, []string{"Coach Leaves"})
	keptAndGone(t, c0(t).Text(body+body2+strings.Join(posts, "\n\n")+tail), nil, posts[1:])
}

// A correction that says what was wrong is part of the story; a note
// that the page was updated is not.
func TestCorrectionsStay(t *testing.T) {
	fix := "Correction: An earlier version of this article misstated the year the dam was built. It was 1961, not 1916."
	fix2 := "This article has been updated to correct the name of the council's chief executive."
	note := "This story has been updated with additional reporting."
	keptAndGone(t, c0(t).Text(body+fix+"\n\n"+fix2+"\n\n"+note+"\n"), []string{fix, fix2}, []string{note})
}

// A short post that is one sentence of names, poor in function words,
// is still the page's text: without it the page would come out empty.
func TestThinPostKeepsItsSentence(t *testing.T) {
	post := "Google launched the Nexus 7 tablet, the Nexus Q streaming media player, Chrome on the iPad, Jelly Bean, and yes, they’re activating 1,000,000 Android devices every day…"
	in := "Post navigation\n← Previous\nRecap from Google I/O 2012\nPosted on July 28, 2012 by Rob Tiffany\nHere’s a quick recap video from Google I/O 2012:\n" +
		post + "\n- Rob\nThis entry was posted in Mobile and tagged Android, Chrome by Rob Tiffany. Bookmark the permalink.\nLeave a Reply\n"
	keptAndGone(t, c0(t).Text(in), []string{post}, []string{"Leave a Reply", "Bookmark the permalink"})
}

// TestTablesInText checks tables set in pipes inside and after the text:
// past a story link, an ad's slot or a photo; a second table with the
// same head row and the same names, other figures; a last row over the
// table's source; results as goal ratios ("358:281") and finishing times.
func TestTablesInText(t *testing.T) {
	standings := []string{"Standings after round 11", "Pos | Team | P | W | L | Goals | Pts",
		"1. | Savinja | 11 | 11 | 0 | 358:281 | 22", "2. | Jelovica | 11 | 9 | 2 | 331:302 | 18", "3. | Loka | 11 | 8 | 2 | 327:290 | 17"}
	ward := func(a, b, c string) []string {
		return []string{"Party | Votes | % | Change", "Liberty Alliance | " + a + " | 52.4 | -17.1", "Civic Movement | " + b + " | 35.7 | +9.8", "Ratepayers | " + c + " | 11.9 | +7.3"}
	}
	times := []string{"Official results", "Place | Runner | Country | Time", "1 | Rehema Sulle | Tanzania | 2:26:15", "2 | Faith Jepkoech | Kenya | 2:26:52", "3 | Almaz Tesfaye | Ethiopia | 2:28:07"}
	tests := []struct {
		name        string
		between     string
		table, gone []string
	}{
		{"after a story link", "READ | Lions sign former Sevens flyer for the rest of the season", standings, []string{"READ |"}},
		{"after an ad", "Advertisement", standings, []string{"Advertisement"}},
		{"after a photo", "Photo: Daudi Mwakalinga / BBC", times, []string{"Photo:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := body + body2 + tt.between + "\n\n" + strings.Join(tt.table, "\n") + "\n\nSubscribe to our newsletter\n\nMost read\n\nCouncil approves new budget\n"
			keptAndGone(t, c0(t).Text(in), tt.table, tt.gone)
		})
	}
	t.Run("fixtures after the table", func(t *testing.T) {
		fixtures := []string{"Round 12 fixtures (Saturday, 29 November)", "Karoo Lions v Drakensberg Eagles, Kroonvale Stadium, 15:00",
			"Vaal Rhinos v Coastal Sharks Academy, Riverbend Oval, 15:00", "Boland Wolves v Limpopo Baobabs, Paarlberg Park, 16:00"}
		in := body + strings.Join(append(standings, fixtures...), "\n") + "\n\nMost read\n\nCouncil approves new budget\n"
		keptAndGone(t, c0(t).Text(in), append(standings, fixtures...), []string{"Most read", "Council approves"})
	})
	t.Run("pairs in a row, then a sentence", func(t *testing.T) {
		pairs := []string{"Pairs of round 12 (Saturday, 29 November)", "Piran Obala – Jelovica, Kras Kraška Vas – Savinja Lipovec, Slovan Brezje – Mura Gornji Petrovci",
			"The derby of the round is in Kraška Vas, where Kras will try to become the first side to beat Savinja this season."}
		in := body + strings.Join(append(standings, pairs...), "\n") + "\n\nShare this article\n"
		keptAndGone(t, c0(t).Text(in), append(standings, pairs...), []string{"Share this"})
	})
	t.Run("two tables alike", func(t *testing.T) {
		first, second := ward("186", "904", "288"), ward("731", "498", "166")
		in := body + strings.Join(first, "\n") + "\nSource: Electoral Commission\n\n" + body2 + strings.Join(second, "\n") + "\nSource: Electoral Commission\n\n" + body
		keptAndGone(t, c0(t).Text(in), append(first, second...), nil)
	})
}

func TestFixtureRow(t *testing.T) {
	checkLines(t, "fixtureRow", fixtureRow, []lineCase{
		{"Karoo Lions v Drakensberg Eagles, Kroonvale Stadium, 15:00", true},
		{"Piran Obala – Jelovica, Kras Kraška Vas – Savinja Lipovec", true},
		{"Stade de Reims vs Olympique Lyonnais", true},
		{"Arsenal - Chelsea", true},
		{"The minister – who resigned last year – said nothing", false},
		{"Karoo Lions v Drakensberg Eagles.", false}, // a sentence
		{"Lions beat Eagles in the final, 27-24", false},
		{"Real Madrid Club de Fútbol Femenino Juvenil v Barcelona", false}, // too long a name
		{"Kroonvale Stadium, 15:00", false},
	})
}

// TestHeadingNotPastBanner checks that a site's name over the cookie
// banner is not taken for a heading of the text under the banner: a
// heading reaches its text past a date, a byline, a photo or share
// buttons, not past a banner or a menu.
func TestHeadingNotPastBanner(t *testing.T) {
	title := "Seagrass meadows of the strait are shrinking"
	in := "Skip to content\nRiver News, Tamil\nHome | India | Sri Lanka | World | Science\n" +
		"This website uses cookies to give you the best experience. By clicking accept you agree to our cookie policy.\n" +
		title + "\nBy Kavitha Ramanathan\n12 March 2025\nShare\n" + body
	keptAndGone(t, c0(t).Text(in), []string{title, "rural bus services"}, []string{"River News", "Skip to content", "cookie policy"})
}

// TestKickerGrids checks that a grid of teasers that sets a section's name
// over each headline goes, while the page's own kicker, headline and text
// stay; and that a thread of comments, where "Profile" recurs over each
// commenter's name, is no such grid.
func TestKickerGrids(t *testing.T) {
	grid := []string{"Local", "Villages wait for their first bus", "Local", "Council votes on the new budget", "Local", "Storm hits the coast overnight",
		"Sport", "United sign a new striker", "Sport", "Harriers win the county cup", "Sport", "Marathon moves to October",
		"Health", "Spending on the hospital in the north of the region rose for the third year in a row", "Opinion", "Why the bypass must wait"}
	headline := "Ferry cancelled for the third day in a row"
	in := "Home\nNews\nSport\n\n" + strings.Join(grid, "\n") + "\nLocal\n" + headline + "\nBy Jane Smith\n" + body + body2
	keptAndGone(t, c0(t).Text(in), []string{headline}, grid)

	var thread []string
	for i, name := range []string{"Torgo", "Johnny Lager", "SallyGally", "Jim Beam", "Iris Samolian"} {
		thread = append(thread, "Profile", name, fmt.Sprintf("Why does the ferry never run on day %d of the storm?!", i+1))
	}
	in = body + body2 + strings.Join(thread, "\n") + "\n"
	keptAndGone(t, c0(t).Text(in), []string{"Why does the ferry never run on day 3"}, nil)

	// After the text: a grid whose teasers carry a line of summary, under
	// sections of which only one recurs, and the story's tags over it.
	summaries := []string{"Presa", "Pesca",
		"Local", "Villages wait for their first bus",
		"Local", "Council votes on the new budget",
		"The mayor said that the cuts were not final and that he hoped the ministry would think again",
		"Local", "Storm hits the coast overnight",
		"Policiaca", "Two held after a break-in at the school",
		"Officers set up a cordon and found the pair after several minutes, the police said.",
		"Deportes", "Football is a sport for growing up",
		"The coach dreams of the town's children being strong in sport",
		"Local", "Market hall reopens after repairs",
		"Cultura", "Dancers wait for the amber light",
		"Keeping to the rules in force, members of the troupe have gone on rehearsing at home for the season ahead"}
	in = headline + "\n" + body + body2 + strings.Join(summaries, "\n") + "\n"
	keptAndGone(t, c0(t).Text(in), []string{headline, "rural bus services"}, summaries[3:])

	// A headline of two words among longer ones has its summary too.
	twoWords := []string{"//Politics", "Budget blues",
		"The council approved next year's budget by 31 votes to 12 on Wednesday evening, after a long debate.",
		"//Politics", "Ferry fares rise again", "Fares rise by a tenth in the spring, the operator said on Tuesday.",
		"//Economy", "Storm closes the harbour", "Ships stayed in port for a third day as the storm showed no sign of easing.",
		"//Politics", "Mayor resigns after eight years", "The mayor stepped down after eight years in office, citing his health.",
		"//Economy", "Market hall reopens", "The hall reopens after two years of repairs that cost more than planned.",
		"//Politics", "Bypass work delayed again", "Work on the bypass will not start before next year, the ministry said.",
		"//Economy"}
	in = headline + "\n" + body + body2 + strings.Join(twoWords, "\n") + "\n"
	keptAndGone(t, c0(t).Text(in), []string{headline, "rural bus services"}, twoWords)

	// A blog's comments, under its "ReplyDelete" tools and a reader's name
	// and time, are no teasers with summaries.
	thread = thread[:0]
	for i, name := range []string{"FamilySpice", "Chelsea", "Samantha @ FerraroKitchen", "Anne @ Webicurean", "Jim Beam"} {
		thread = append(thread, "ReplyDelete", fmt.Sprintf("%sAugust 5, 2012 9:%02d AM", name, 10+i),
			fmt.Sprintf("What a beautiful ferry ride on day %d, you did a great job with the photos!", i+1))
	}
	in = body + body2 + strings.Join(thread, "\n") + "\nReplyDelete\n"
	keptAndGone(t, c0(t).Text(in), []string{"What a beautiful ferry ride on day 3"}, nil)
}

// TestRuleCaseMatters checks rules that want a capital, a name's, after
// their words: "(?i)" must not fold it away, or "Photo time" passes for a
// photographer's credit.
func TestRuleCaseMatters(t *testing.T) {
	for _, tt := range []struct {
		line string
		not  Category
	}{
		{"Photo time with the team", Credit},
		{"Add more stops to the timetable on weekdays", Share},
		{"Posted inside the depot", Navigation},
	} {
		res := c0(t).Text(body + tt.line + "\n\n" + body2)
		for _, r := range res.Removed {
			if r.Text == tt.line && r.Category == tt.not {
				t.Errorf("%q removed as %s by %s", tt.line, r.Category, r.Rule)
			}
		}
	}
}

// TestBriefHeadline checks that a brief of one paragraph, with no second
// paragraph straight after it, keeps its headline and standfirst.
func TestBriefHeadline(t *testing.T) {
	in := "Home | News | Sport | Business\n\nSport\nRegion\nRural bus routes return to Mill End\n" +
		"Rural bus routes return to Mill End\n" +
		"Three villages get their buses back in the spring\n" +
		"© Region Press\n+CLICK TO ENLARGE\nNewsroom MILL END\n28 July 2020 10:43 News\nSuggest\nFacebook\nTwitter\nPrint\n" +
		"MILL END, 28 JULY - The regional government will spend more on rural bus services over the next three years, after complaints from villages that lost their last connections; the first new routes start in the spring, with timetables drawn up together with the councils.\n" +
		"Share\nFacebook\nTwitter\nSuggest\nMost read\n14:02\nStorm closes harbour\n13:40\nCouncil votes on budget\n" +
		"The certification of the publisher's editorial processes to the international quality standard covers the production and distribution of news in every format.\n"
	keptAndGone(t, c0(t).Text(in), []string{"Rural bus routes return to Mill End", "Three villages get their buses back"}, []string{"Most read", "Storm closes harbour"})
	// A standfirst in title case, under the title set twice.
	in = strings.Replace(in, "Three villages get their buses back in the spring", "Mill End First, Then Hill Cross and Low Moor Villages", 1)
	keptAndGone(t, c0(t).Text(in), []string{"Rural bus routes return to Mill End", "Mill End First"}, []string{"Most read"})
}

// TestFeedStories checks that on a page that scrolls on from its story to
// the next ones, the stories after the text go when a list before the text
// names them and the text's own headline; a live blog whose list of key
// moments names its posts, but not the blog, keeps them.
func TestFeedStories(t *testing.T) {
	next := "Storm closes the harbour for a third day\n" +
		"Ferries stayed in port on Thursday as the storm that closed the harbour on Tuesday showed no sign of easing, the port authority said.\n\n" +
		"Fishermen said the closure had cost them a week of catches at the height of the season, and asked the council for help.\n"
	list := "Home | News | Sport | Business\n\nPopular\nVillages win back their bus routes\n6:14 a.m.\nStorm closes the harbour for a third day\n5:28 p.m.\nCouncil votes on the budget\n5:02 p.m.\nMarket hall reopens after repairs\n4:40 p.m.\n"
	after := "Council votes on the budget\n" +
		"The council approved next year's budget by 31 votes to 12 on Wednesday evening, after a debate that ran past midnight.\n\n"
	feed := list + "Villages win back their bus routes\n6:14 a.m.\n" + body + body2 + "transport\nEdit\n" + next + "money\nEdit\n" + after
	keptAndGone(t, c0(t).Text(feed), []string{"Villages win back their bus routes", "next three years", "cost of living"}, []string{"Ferries stayed in port", "Fishermen said", "debate that ran past midnight"})
	// One headline of the list after the text, as a sidebar or a link
	// in it gives one, is no feed.
	one := list + "Villages win back their bus routes\n6:14 a.m.\n" + body + body2 + "transport\nEdit\n" + next
	keptAndGone(t, c0(t).Text(one), []string{"Ferries stayed in port"}, nil)

	// A table of contents names the sections of one text, the first too:
	// their headings share words, and the sections stay.
	toc := "Home | News | Sport | Business\n\nPopular\nRural bus services: the plan\nRural bus services: the drivers\nRural bus services: the money\nRural bus services: the timetable\n" +
		"Rural bus services: the plan\n" + body + "Rural bus services: the drivers\n" + body2 + "Rural bus services: the money\n" +
		"The council approved next year's budget by 31 votes to 12 on Wednesday evening, after a debate that ran past midnight.\n\n"
	keptAndGone(t, c0(t).Text(toc), []string{"next three years", "hire enough drivers", "debate that ran past midnight"}, nil)

	live := strings.Replace(list, "Villages win back their bus routes\n6:14 a.m.\n", "", 1)
	blog := live + "Rural transport: live updates\n" + body + body2 + next
	keptAndGone(t, c0(t).Text(blog), []string{"next three years", "Ferries stayed in port", "Fishermen said"}, nil)
}

func TestIsQuantity(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"2 tablespoons butter", true},
		{"1 1/2 cups milk", true},
		{"½ teaspoon ground cardamom", true},
		{"3 ½ cups half and half", true},
		{"2-3 cloves garlic, crushed", true},
		{"1 to 2 tbsp olive oil", true},
		{"16oz (1 block) firm tofu, crumbled", true},
		{"200 g Mehl", true},
		{"200g Mehl", true},
		{"3 EL Olivenöl", true},
		{"0,5 l Milch", true},
		{"2 cucharadas de aceite", true},
		{"1 Tablespoon Vanilla Extract", true},
		{"28 Ways to Make Money with Your Website", false}, // a headline's count
		{"2012 Annual Report to Congress", false},          // a year
		{"01Phelps wins record 19th Olympic medal", false}, // a rank
		{"19 Dec 2012: 13 die in Wagholi", false},          // a date
		{"3 hours ago in The Allotrope", false},            // a feed's age
		{"933 commentsPolitical Science Prof Asks", false}, // a count run into a headline
		{"5km - 15:23, projecting 2:09:49", false},         // a split, not an amount
		{"18 Photos", false},
		{"Salt and pepper to taste", false},
		{"2 tablespoons of butter melted slowly over a low flame while the onions soften and the kitchen fills with their smell", false}, // a sentence
	} {
		if got := isQuantity(tc.line); got != tc.want {
			t.Errorf("isQuantity(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestIngredients(t *testing.T) {
	intro := "This is the dish my grandmother made every winter, and it is still the one my children ask for when the evenings get dark.\n\n"
	list := "Print recipe | Save | Email\nIngredients\n2 tablespoons butter\n1 medium onion, finely chopped\n1 1/2 cups milk\nsalt and pepper to taste\n8 ounces sharp cheddar, shredded\n"
	method := "Melt the butter in a saucepan over medium heat, add the onion and cook it for five minutes, until it is soft but not brown.\n"
	keptAndGone(t, c0(t).Text(intro+list+method), []string{"Ingredients", "2 tablespoons butter", "salt and pepper to taste", "8 ounces sharp cheddar"}, []string{"Print recipe"})
	// With the text only before it, the list still belongs to the recipe;
	// an amount repeated from another recipe on the page stays too.
	keptAndGone(t, c0(t).Text(intro+list+"\n\nComments\nGreat recipe!\n"), []string{"1 1/2 cups milk"}, nil)
	twice := intro + list + method + "\nLeek and potato soup\n" + intro + "Ingredients\n2 tablespoons butter\n3 leeks, sliced\n4 potatoes, diced\n" + method
	keptAndGone(t, c0(t).Text(twice), []string{"3 leeks, sliced"}, nil)
	if n := strings.Count(c0(t).Text(twice).Text, "2 tablespoons butter\n"); n != 2 {
		t.Errorf("the amount both recipes give is kept %d times, want 2", n)
	}

	// A feed's headlines between their ages are no list of amounts.
	feed := intro + "Latest from our blogs\nHow to unstick a gecko\n3 hours ago in Lizard Notes\nSquirrels and climate change\n5 hours ago in The Allotrope\nThe perfect hamburger, spoiled\n6 hours ago in Kitchen Science\n"
	keptAndGone(t, c0(t).Text(feed), nil, []string{"3 hours ago", "Squirrels and climate change"})
	// Nor are a directory's names between the counts of their posts.
	blogs := intro + "Our blogs\nLizard Notes\n12 new posts this week\nThe Allotrope\n3 new posts this week\nKitchen Science\n7 new posts this week\n"
	keptAndGone(t, c0(t).Text(blogs), nil, []string{"new posts", "Kitchen Science"})
}

// TestFactBoxRepeats: a table of figures may repeat a row of an earlier
// one, and a record a field of an earlier record; the repeat stays in its
// box. A list of links that repeats one of another list's does not.
func TestFactBoxRepeats(t *testing.T) {
	para := "Sales of new cars rose by a tenth last year, and hybrids sold more than petrol cars for the first time, the dealers' association said on Tuesday.\n\n"
	all := "The best-selling cars of the year:\nDacia Sandero: 27,951 units\nSeat Arona: 21,639 units\nToyota Corolla: 19,845 units\nMG ZS: 19,818 units\n\n"
	hybrids := "The best-selling hybrids:\nToyota Corolla: 19,845 units\nToyota C-HR: 18,478 units\nNissan Qashqai: 15,908 units\n"
	para2 := "Among hybrids, the two makers that sold them first still lead, although the number of models on sale has doubled in three years.\n\n"
	keptAndGone(t, c0(t).Text(para+all+para2+hybrids), []string{"Toyota C-HR", "Nissan Qashqai: 15,908 units"}, nil)
	if n := strings.Count(c0(t).Text(para+all+para2+hybrids).Text, "Toyota Corolla: 19,845 units\n"); n != 2 {
		t.Errorf("the row both tables give is kept %d times, want 2", n)
	}

	links := "Music: Light of the Stable by Tara MacLean\nPoem: The Night Before Christmas\nFashion: Gluttony Pants for the Holidays\n"
	page := "Music: Light of the Stable by Tara MacLean\n\n" + para + links + "\n\nCopyright 2025 Holiday Pages\n"
	keptAndGone(t, c0(t).Text(page), nil, []string{"Gluttony Pants"})
}

// TestFactBoxRecords: a run of records, each a name and a line or two
// over the same fields, is kept whole; a record may repeat a field of
// the one before it.
func TestFactBoxRecords(t *testing.T) {
	para := "Sale graduates won five races over the weekend, led by a colt who cost his owner more than any other yearling of his year.\n\n"
	type horse struct{ name, race, sire, price, owner, trainer, breeder string }
	record := func(h horse) string {
		return "[" + h.name + "]\n" + h.race + "\nColt, 4, by " + h.sire + "\nPrice: " + h.price + " yen\nOwner: " + h.owner +
			"\nTrainer: " + h.trainer + "\nBreeder: " + h.breeder + "\nPhoto: " + h.name + " at the sale\n"
	}
	page := para + record(horse{"Silver Comet", "12 July - Hanshin Race 10 - Philippine Trophy (1,600 m)", "Lord Kanaloa", "62,000,000", "Danox Co.", "Takayuki Yasuda", "Lake Villa Farm"}) +
		"Other winners\nThree-year-olds and up\n" +
		record(horse{"Naimama", "11 July - Hakodate Race 11 - Goryokaku Stakes (2,000 m)", "Danon Ballade", "6,000,000", "Shigeyuki Okada", "Yoshinori Muto", "Northern Farm"}) +
		record(horse{"Danon Fast", "11 July - Fukushima Race 10 - Amanogawa Prize (1,700 m)", "King Kamehameha", "92,000,000", "Danox Co.", "Takanori Kikuzawa", "Northern Farm"}) +
		"\n\nRelated\n\nCoach Leaves Ebersberg After Two Years\n\nCopyright 2025 Valley Times\n"
	res := c0(t).Text(page)
	keptAndGone(t, res, []string{"[Naimama]", "Goryokaku Stakes", "Trainer: Yoshinori Muto", "[Danon Fast]", "Trainer: Takanori Kikuzawa"},
		[]string{"Photo: Naimama", "Coach Leaves"})
	if n := strings.Count(res.Text, "Breeder: Northern Farm\n"); n != 2 {
		t.Errorf("the breeder both records give is kept %d times, want 2", n)
	}
}

func TestDatedFeeds(t *testing.T) {
	story := func(date, headline, summary string) string {
		return date + "\n" + headline + "\n" + summary + "\n"
	}
	feed := story("21/05/2020 19h03", "Harbour ferry returns after winter repairs", "The ferry across the old harbour runs again from Monday, the operator said.") +
		story("21/05/2020 18h57", "School roof repairs finish early", "Pupils return to the main building a week sooner than planned.") +
		story("21/05/2020 18h46", "Council tax rise approved after long debate", "The council approved a rise of three percent for next year.") +
		story("21/05/2020 18h36", "Library to open on Sundays from June", "The central library will open on Sunday afternoons after a campaign by parents.")
	runKeptGone(t, []keptGone{
		{"after the text", "Villages win back their bus routes\n\n" + body + body2 + feed,
			[]string{"rural bus services", "struggle to hire"},
			[]string{"Harbour ferry returns", "The ferry across the old harbour", "Library to open on Sundays", "The central library will open"}},
		// Over the text, with the hour beside each date, up to the text's
		// own headline under its own date.
		{"over the text", strings.NewReplacer("21/05/2020 19h03", "14:33:00\n2020-09-15", "21/05/2020 18h57", "14:27:00\n2020-09-15",
			"21/05/2020 18h46", "2020-09-15\n14:18:00", "21/05/2020 18h36", "14:13:00\n2020-09-15").Replace(feed) +
			"14:02:00\n2020-09-15\nVillages win back their bus routes\n" + body + body2,
			[]string{"Villages win back their bus routes", "rural bus services", "struggle to hire"},
			[]string{"Harbour ferry returns", "Council tax rise approved", "Library to open on Sundays"}},
		// A feed that gives its first story's age and hour may give the
		// hour alone for the later ones, and a rule may have removed a
		// summary.
		{"the hour after the day", "Villages win back their bus routes\n\n" + body + body2 +
			story("An hour ago\n15:50", "Harbour ferry returns after winter repairs", "The ferry runs again. The post Harbour ferry returns after winter repairs appeared first on Valley Times.") +
			story("15:10", "School roof repairs finish early", "Pupils return to the main building a week sooner than planned.") +
			story("14:40", "Council tax rise approved after long debate", "The post Council tax rise approved after long debate appeared first on Valley Times.") +
			story("14:10", "Library to open on Sundays from June", "The central library will open on Sunday afternoons after a campaign by parents."),
			[]string{"rural bus services", "struggle to hire"},
			[]string{"Harbour ferry returns", "School roof repairs", "Council tax rise approved", "Library to open on Sundays"}},
		// A live blog stamps its entries with the hour alone: they are
		// its text.
		{"live blog", "Villages win back their bus routes\n\n" + body + body2 +
			strings.NewReplacer("21/05/2020 19h03", "19h03", "21/05/2020 18h57", "18h57", "21/05/2020 18h46", "18h46", "21/05/2020 18h36", "18h36").Replace(feed),
			[]string{"The ferry across the old harbour runs again", "The council approved a rise"}, nil},
		// Readers' comments under their names and dates are no headlines.
		{"comments", "Villages win back their bus routes\n\n" + body + body2 +
			"Greg October 31, 2012 at 11:51 am\nYou forgot the blue jeans!\nVince October 31, 2012 at 12:25 pm\nAnd you have binders full of…?\n" +
			"Jay Berkowitz October 31, 2012 at 1:03 pm\nAwesome Matt, I love it, have fun tonight!\nScott Ensign October 31, 2012 at 1:06 pm\nEnjoy it while you can!\n" +
			"Jim October 31, 2012 at 1:07 pm\nGreat costume though\n",
			[]string{"You forgot the blue jeans!", "Awesome Matt, I love it", "Enjoy it while you can!"}, nil},
	})
}

// TestTimedFeeds checks that a ticker of headlines, each after its hour on
// its line, goes after the text with the entries under an hour alone; and
// that a live blog, which tells its text under its hours, stays.
func TestTimedFeeds(t *testing.T) {
	ticker := "14:44 Council votes to close the old library\n14:32 Storm warning for the coast tonight\n" +
		"14:10\nWeather.\nA storm will reach the coast tonight, forecasters said, with winds of up to 100 km/h.\n" +
		"13:54 Police arrest two after bank robbery\n13:43 Festival cancels its Sunday concerts\n" +
		"13:24\nFerries.\nThe harbour ferry runs again from Monday, the operator said after the winter repairs.\n" +
		"13:08 Will bread prices rise again?\n12:57 New mayor sworn in at city hall\n"
	titled := "14:44 Storm closes the old library\n" +
		"The storm tore part of the roof off the old library this morning, and the council closed it until the repairs are done.\n" +
		"14:32 Storm warning for the coast tonight\n" +
		"Forecasters said the storm would reach the coast tonight, with winds of up to one hundred kilometres an hour.\n" +
		"13:54 Police close the coast road as the storm nears\n" +
		"The police closed the coast road an hour ago, as waves from the storm washed over it near the harbour.\n" +
		"13:43 Festival cancels its Sunday concerts in the storm\n" +
		"The organisers said the concerts could not go ahead in the storm, and that tickets would be refunded.\n"
	runKeptGone(t, []keptGone{
		{"ticker after the text", "Villages win back their bus routes\n\n" + body + body2 + "Live\n" + ticker + "© 2024 Valley Times\n",
			[]string{"rural bus services", "struggle to hire"},
			[]string{"Council votes to close", "A storm will reach the coast", "The harbour ferry runs again", "Will bread prices", "New mayor sworn in"}},
		// Over the text, the ticker's days stand between its hours.
		{"ticker over the text", "Latest\nToday\n" + strings.Replace(ticker, "13:54", "Yesterday\n13:54", 1) + "Villages win back their bus routes\n\n" + body + body2,
			[]string{"Villages win back", "rural bus services", "struggle to hire"},
			[]string{"Council votes to close", "A storm will reach the coast", "Police arrest two", "New mayor sworn in"}},
		// Each titled entry of a live blog has its text under it.
		{"live blog", "Storm day in the valley, as it happened\n\n" +
			"Forecasters have warned of the strongest storm in a decade, and the villages along the coast have closed their schools for the day.\n\n" + titled,
			[]string{"Storm closes the old library", "tore part of the roof", "Festival cancels", "tickets would be refunded"}, nil},
	})
}

func TestOpensWithDateline(t *testing.T) {
	checkLines(t, "opensWithDateline", opensWithDateline, []lineCase{
		{"SYDNEY, Australia - Stocks were mixed on Monday, the first day of the new trading week.", true},
		{"GLASGOW - Thousands of supporters rallied on the streets on Saturday.", true},
		{"Mumbai (Maharashtra) [India], Jan 13 (ANI): Equity benchmark indices hit fresh highs on Monday.", true},
		{"Kuta, Indonesia — Over the new year holidays, visitors strolled along the beach.", true},
		{"Toyota C-HR: 2.818 unidades", false},                                         // a label and its value
		{"Update: the council has since withdrawn the plan, a spokesman said.", false}, // a label
		{"The mayor - who took office in May - said the plan would go ahead.", false},  // an aside
		{"Kia EV3 - the smallest of the range - sold 518 units in December.", false},
		{"رییس سازمان بورس گفت: مقررات صندوق مصوب شده است", false},
	})
}

func TestWireTeasers(t *testing.T) {
	teaser := func(headline, summary string) string { return headline + "\n" + summary + "\n" }
	teasers := teaser("Equity indices end at record closing highs", "Mumbai (Maharashtra) [India], Jan 13 (ANI): Equity benchmark indices hit fresh lifetime highs on Monday as global cues improved.") +
		teaser("Japanese and Chinese stocks climb, Aussie market dips", "SYDNEY, Australia - Stocks were mixed on Monday, the first day of the new trading week.") +
		teaser("Pro-independence demonstrations fill Glasgow streets", "GLASGOW, Scotland - Thousands of supporters rallied on the streets of Glasgow on Saturday.")
	runKeptGone(t, []keptGone{
		{"after the text", "Villages win back their bus routes\n\n" + body + body2 + "Share article:\n" + teasers,
			[]string{"rural bus services", "struggle to hire"},
			[]string{"Equity indices end", "Mumbai (Maharashtra)", "SYDNEY, Australia", "GLASGOW, Scotland"}},
		// The story's own dateline opens its first paragraph.
		{"the story's own", "Stocks climb in Sydney\n\nSYDNEY, Australia - Stocks climbed on Monday, the first day of the new trading week, as miners gained.\n\n" + body + body2,
			[]string{"Stocks climb in Sydney", "SYDNEY, Australia - Stocks climbed", "rural bus services"}, nil},
		// Sales figures under their headings are the text's.
		{"labels and values", "Electric car sales rise\n\n" + body + body2 +
			"Best sellers\nToyota C-HR: 2.818 unidades\nTesla Model Y\nTesla Model Y: 761 unidades\nKia EV3\nKia EV3: 518 unidades\nMG4 Electric\nMG4 Electric: 306 unidades\n",
			[]string{"Toyota C-HR: 2.818 unidades", "Kia EV3: 518 unidades", "MG4 Electric: 306 unidades"}, nil},
	})
}

func TestInlineTeasers(t *testing.T) {
	menu := "Home\nNFL\nNBA\nCollege\nGolf\n\nSports Illustrated\nNFL\nNBA\nGolf\n\n"
	text := "Villages win back their bus routes\n\n" + body
	runKeptGone(t, []keptGone{
		{"a section and a headline", menu + text + "NFL\nBlanket Coverage: Lessons new coaches can take from the Belichick Blueprint\n\n" + body2,
			[]string{"rural bus services", "struggle to hire"}, []string{"Blanket Coverage"}},
		// A subheading the contents list once, over a question.
		{"a subheading", "Contents\nFares\nTimetables\n\n" + text + "Timetables\nWhen will the first buses run in the villages\n\n" + body2,
			[]string{"When will the first buses run", "struggle to hire"}, nil},
	})
}

// TestSentenceRegexpMatchingNothing checks that a sentence pattern that
// may match nothing cuts nothing.
func TestSentenceRegexpMatchingNothing(t *testing.T) {
	rules, err := ParseRules(strings.NewReader("[promo]\nsentence /^|\\b/\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, _ := New(Options{Rules: rules})
	if res := c.Text(body); len(res.Removed) != 0 || res.Text != body {
		t.Fatalf("removed %+v", res.Removed)
	}
}

func TestLongMenus(t *testing.T) {
	menu := "Économie mondiale\nÉconomie française\nEntreprises\nEmploi\nMédias\nSmart Cities\nArgent & Placements\nRevenu universel\nTéléphonie mobile\n"
	runKeptGone(t, []keptGone{
		{"over the headline", menu + "Villages win back their bus routes\n" + body + body2,
			[]string{"Villages win back their bus routes", "rural bus services"}, []string{"Entreprises", "Smart Cities", "Téléphonie mobile"}},
		// A list that counts is the text's, and so is a sentence.
		{"a list with figures", body + "Results\n" + strings.ReplaceAll(menu, "\n", " 12\n") + body2,
			[]string{"Entreprises 12", "Smart Cities 12"}, nil},
		// An entry a rule removes does not cut the menu in two runs too
		// short to count; past it, a headline is no entry.
		{"through a removed entry", "Économie mondiale\nÉconomie française\nEntreprises\nEmploi\nNewsletter\nMédias\nSmart Cities\nArgent & Placements\nRevenu universel\n" +
			"Villages win back their bus routes\n" + body + body2,
			[]string{"Villages win back their bus routes", "rural bus services"}, []string{"Entreprises", "Emploi", "Médias", "Smart Cities", "Revenu universel"}},
		{"a headline past a removed entry", menu + "Search\nMill End Buses Return\nAugust 9, 2012\nBy Jane\n" + body + body2,
			[]string{"Mill End Buses Return", "rural bus services"}, []string{"Entreprises", "Téléphonie mobile"}},
	})
}

// TestTitledTrail checks that a breadcrumb trail whose last step is the
// page's title goes when a line near it repeats the title, and that the
// headline stays.
func TestTitledTrail(t *testing.T) {
	const title = "Villages win back their bus routes"
	tests := []struct {
		name, in  string
		trailGone bool
	}{
		{"over its headline", "Home » Opinion » " + title + "\n\n" + title + "\n\n" + body + body2, true},
		{"a date between", "Home / News / " + title + "\n\nAugust 9, 2012\n\n" + title + "\n\n" + body + body2, true},
		{"under its headline", title + "\n\nNews > Local > " + title + "\n\n" + body + body2, true},
		{"one section", "Home » " + title + "\n\n" + title + "\n\n" + body + body2, true},
		// Without the title near it, the line may be the text's.
		{"no title near", body + "Home » Opinion » " + title + "\n\n" + body2, false},
		{"steps that are no sections", "Drivers, riders and staff » Opinion » " + title + "\n\n" + title + "\n\n" + body + body2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := c0(t).Text(tt.in)
			lines := strings.Split(res.Text, "\n")
			if !slices.Contains(lines, title) && tt.name != "no title near" {
				t.Errorf("headline lost: %+v", res.Removed)
			}
			trail := slices.ContainsFunc(lines, func(l string) bool { return strings.HasSuffix(l, " "+title) })
			if trail == tt.trailGone {
				t.Errorf("trail kept = %v, want %v: %+v", trail, !tt.trailGone, res.Removed)
			}
		})
	}
}

// TestFiguresInText checks that a box of figures set between two
// paragraphs of the text stays, its names and values too, while the button
// that opens it goes.
func TestFiguresInText(t *testing.T) {
	box := []string{"Mars and Earth compared", "Mass", "Mars: 6.4185 x 10^23 kg", "Earth: 5.976 x 10^24 kg", "Mean radius",
		"Mars: 3,397 km", "Earth: 6,378.1 km", "Moons", "Mars: 2 (Phobos, Deimos)", "Earth: 1 (the Moon)"}
	keptAndGone(t, c0(t).Text(body+strings.Join(box, "\n\n")+"\n\nShow more\n\n"+body2), box, []string{"Show more"})
}

func TestHourPrefix(t *testing.T) {
	tests := []struct {
		line string
		want string // the hour and the space after it
	}{
		{"14:44 Accusations de viols : 14 militaires mis en cause", "14:44 "},
		{"9.30 am Council meets", "9.30 am "},
		{"17:53 GMT لماذا تراجع الرئيس العراقي", "17:53 GMT "},
		{"10h18 Séisme au Népal", "10h18 "},
		{"14:44h", ""},                // no space after it
		{"34:27 Tore, 26 Punkte", ""}, // goals, not an hour
		{"12:61 Nothing", ""},
		{"2020 Nothing", ""},
	}
	for _, tt := range tests {
		if got := tt.line[:hourPrefix(tt.line)]; got != tt.want {
			t.Errorf("hourPrefix(%q) takes %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestHasMeasure(t *testing.T) {
	checkLines(t, "hasMeasure", hasMeasure, []lineCase{
		{"Mars: 3,397 km", true},
		{"Moons 2", true},
		{"Earth: 1 (the Moon)", true},
		{"Founded 2150", true},
		{"Car Reviews in 2012", false},
		{"2012 Honda Accord Sedan", false},
		{"From 1999 to 2004", false},
		{"Mass", false},
	})
}

// TestAnnouncedSections checks that a list in sections under a sentence
// that announces it without a colon stays, a name given in two sections
// too, and that the same list with no sentence to announce it goes.
// TestRankedLists checks that a numbered list the text announces stays,
// its items counted in order, even where no text follows it; and that a
// list of headlines nothing announces, or one that is not counted in
// order, goes.
func TestRankedLists(t *testing.T) {
	tail := "\n\n[ⓒ Valley Times, all rights reserved]\n\nPrivacy policy\n\nTerms of use\n"
	ko := "메이저리그 단장 출신 칼럼니스트가 2023-24 메이저리그 FA 시장을 예상했다. 익숙한 얼굴들도 보인다.\n\n" +
		"그는 1일(한국시간) 2023-24 메이저리그 FA 1위부터 40위까지 랭킹을 공개했다. 그 결과, 류현진은 35위에 랭크됐다.\n\n"
	ranks := func(format string, names ...string) []string {
		var items []string
		for k, n := range names {
			items = append(items, fmt.Sprintf(format, k+1, n))
		}
		return items
	}
	koItems := ranks("%d위 %s: 1년 800만 달러", "오타니 쇼헤이", "야마모토 요시노부", "조던 몽고메리", "애런 놀라")
	enItems := ranks("%d. %s", "Harbour Road, 41 minutes late on average", "Mill End bypass, 35 minutes", "Station Square, 22 minutes", "Church Lane, 19 minutes")
	mostRead := ranks("%d %s", "Police arrest two after bank robbery", "Festival cancels its Sunday concerts", "New mayor sworn in at city hall", "Storm warning for the coast")
	shuffled := []string{enItems[0], enItems[1], enItems[3], enItems[2]}
	tests := []struct {
		name  string
		in    string
		items []string
		kept  bool
	}{
		{"announced in Korean", ko + "그가 언급한 40명의 FA와 예상 금액은 다음과 같다.\n\n", koItems, true},
		{"announced in English", body + "The slowest stretches of the routes were as follows.\n\n", enItems, true},
		{"not announced", body, mostRead, false},
		{"out of order", body + "The slowest stretches of the routes were as follows.\n\n", shuffled, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := c0(t).Text(tt.in + strings.Join(tt.items, "\n\n") + tail)
			if tt.kept {
				keptAndGone(t, res, tt.items, []string{"Privacy policy", "Terms of use"})
			} else if got := strings.Count(res.Text, "\n") - strings.Count(tt.in, "\n"); strings.Contains(res.Text, tt.items[1]) && strings.Contains(res.Text, tt.items[2]) {
				t.Errorf("list kept (%d lines more):\n%s", got, res.Text)
			}
		})
	}
}

// TestNotesInText checks that a list of notes between two parts of the
// text stays, its links' phrase verdicts kept; and that a thread of
// readers' comments between two paragraphs, signed, dated and
// exclaiming, does not.
func TestNotesInText(t *testing.T) {
	notes := []string{"autojump", "not in emacs, but works in eshell", "this might work though", "fasd", "upstream packaged in Debian", "helm integration (not in melpa?)"}
	comments := []string{"amazing photo!", "total stunner, love the print!", "looks very useful, just what I needed", "great shot, where was it taken?"}
	intro := "Those are command line tools that can be used from a shell, generally with built-in shell integration of their own.\n\n"
	outro := "\n\nThe original fuzzy finder uses find by default, so it has no notion of how often a directory is visited.\n"
	runKeptGone(t, []keptGone{
		{"notes", body + intro + strings.Join(notes, "\nHome page\n") + outro,
			notes, []string{"Home page"}},
		{"comments", body + intro + strings.Join(comments, "\nReply\n") + outro,
			nil, []string{"amazing photo!", "total stunner", "just what I needed"}},
	})
}

// TestLanguageCodeInText checks that a word a dump set on a line of its
// own, where a link broke the sentence, stays, though in capitals it
// would be a language switch ("de", "DE").
func TestLanguageCodeInText(t *testing.T) {
	in := "Los ministros de Hacienda de las comunidades se reunieron el martes en Madrid para hablar del presupuesto del próximo año y de la deuda.\n" +
		"El acuerdo llegó tras la reunión\nde\nla mesa de financiación, que no se convocaba desde hacía dos años, según fuentes del ministerio consultadas por este diario.\n"
	keptAndGone(t, c0(t).Text(in), []string{"El acuerdo llegó tras la reunión\nde\nla mesa"}, nil)
}

func TestRankOf(t *testing.T) {
	tests := []struct {
		line string
		n    int
		ok   bool
	}{
		{"1위 오타니 쇼헤이: 10년 4억 7700만 달러", 1, true},
		{"12位 大谷翔平", 12, true},
		{"第3位 山本由伸", 3, true},
		{"#4 Aaron Nola", 4, true},
		{"No. 5 Blake Snell", 5, true},
		{"6. Cody Bellinger", 6, true},
		{"7) Matt Chapman", 7, true},
		{"2023 season review", 0, false},
		{"3rd place", 0, false},
		{"Harbour Road", 0, false},
	}
	for _, tt := range tests {
		if n, ok := rankOf(tt.line); ok != tt.ok || ok && n != tt.n {
			t.Errorf("rankOf(%q) = %d, %v, want %d, %v", tt.line, n, ok, tt.n, tt.ok)
		}
	}
}

func TestAnnouncedSections(t *testing.T) {
	list := []string{
		"ENTERTAINER OF THE YEAR", "Luke Bryan", "Eric Church", "Carrie Underwood",
		"FEMALE ARTIST OF THE YEAR", "Kelsea Ballerini", "Miranda Lambert", "Carrie Underwood",
		"SONG OF THE YEAR", "“Some of It” – Eric Church",
		"Publishers: Sony/ATV Tree Publishing/Longer and Louder Music, admin. by Sony/ATV Music Publishing LLC; Mammaw’s Fried Okra Music/Little Louder Songs, admin. by Songs of Kobalt Music Publishing; Bobby Pinson Music",
		"NEW MALE ARTIST OF THE YEAR", "Jimmie Allen", "Riley Green",
	}
	tail := "\n\nFollow Us\n\nCopyright 2025 Valley Radio. All rights reserved.\n"
	lead := "The awards were handed out on Wednesday night in Nashville, after a delay of several months.\n\n"
	tests := []struct {
		name, intro string
		kept        bool
	}{
		{"announced", "See below for the full list of this year's winners and nominees.", true},
		{"in Spanish", "A continuación, la lista completa de ganadores.", true},
		{"not announced", "The show drew its largest audience in five years.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := c0(t).Text(body + lead + tt.intro + "\n\n" + strings.Join(list, "\n\n") + tail)
			if tt.kept {
				keptAndGone(t, res, list, []string{"Follow Us", "All rights reserved"})
				if strings.Count(res.Text, "Carrie Underwood") != 2 {
					t.Errorf("a name in two sections kept %d times", strings.Count(res.Text, "Carrie Underwood"))
				}
			} else {
				keptAndGone(t, res, nil, list[:3])
			}
		})
	}
}

// TestOneWordHeadings checks that a subheading of one word inside the text
// is kept, a photo viewer's button between it and its paragraph, while a
// menu's one-word items are not.
func TestOneWordHeadings(t *testing.T) {
	weather := "Weather\nPhotos\nIt is cold. On Tuesday morning it was more than thirty degrees below zero in parts of Lapland, and the cold goes on.\n"
	runKeptGone(t, []keptGone{
		{"in the text", "Villages win back their bus routes\n\n" + body + weather + body2,
			[]string{"Weather", "thirty degrees below zero", "struggle to hire"}, []string{"Photos"}},
		{"a menu", "Home\nNews\nWeather\nSport\nCulture\n\n" + body + body2,
			[]string{"rural bus services"}, []string{"Weather", "Sport"}},
	})
}

// TestCommentCountHeading checks that a blog's count of the comments on
// its post ("17 svar på ”…”") heads the thread and takes it with it, as a
// "Comments" heading does, however long the comments run.
func TestCommentCountHeading(t *testing.T) {
	thread := "3 svar på ”Villages win back their bus routes”\n" +
		"Johanna skriver:\n21 september 2025 kl. 4:58\n" +
		"There are many good ways to get to town, and the bus was always the one I liked best when I was young, as it stopped at every farm on the way.\n" +
		"Svara\nEva Berg skriver:\n21 september 2025 kl. 2:54\n" +
		"Thank you for the tip. The new timetable sounds much better than the old one, which left us waiting at the crossroads for an hour.\n" +
		"Svara\n"
	runKeptGone(t, []keptGone{
		{"a blog's thread", "Villages win back their bus routes\n\n" + body + body2 + thread,
			[]string{"rural bus services", "struggle to hire"},
			[]string{"every farm on the way", "waiting at the crossroads", "Johanna skriver"}},
	})
}
