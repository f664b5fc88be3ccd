package normalize_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/winnow-text/winnow/normalize"
	"golang.org/x/text/encoding/charmap"
)

func ExampleDetect() {
	koi8 := []byte("\xf0\xd2\xc9\xd7\xc5\xd4, \xcd\xc9\xd2! \xfc\xd4\xcf \xd4\xc5\xd3\xd4 \xc4\xcc\xd1 \xcb\xcf\xc4\xc9\xd2\xcf\xd7\xcb\xc9.")
	d := normalize.Detect(koi8)
	text, _ := normalize.DecodeTo(koi8, d.Encoding)
	fmt.Println(d.Encoding, string(text))
	// Output: koi8-r Привет, мир! Это тест для кодировки.
}

func ExampleDetectHTML() {
	page := []byte(`<html><head><meta charset="windows-1251"></head><body>ok</body></html>`)
	fmt.Println(normalize.DetectHTML(page).Encoding)
	// Output: windows-1251
}

func ExampleDecodeTo() {
	out, err := normalize.DecodeTo([]byte("\xff\xfeh\x00\xe9\x00"), "utf-16le")
	fmt.Printf("%q %v\n", out, err)
	// Output: "hé" <nil>
}

func ExampleLookup() {
	e, _ := normalize.Lookup("Latin1")
	out, _ := e.NewDecoder().String("caf\xe9")
	fmt.Println(out)
	// Output: café
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name string
		in   string // bytes in that encoding
		want string
	}{
		{"utf-8", "caf\xc3\xa9", "café"},
		{"UTF8", "caf\xc3\xa9", "café"},
		{" Windows-1252 ", "\x93hi\x94", "“hi”"},
		{"cp1251", "\xcf\xf0\xe8", "При"},
		{"x-cp1251", "\xcf\xf0\xe8", "При"},
		{"koi8-r", "\xf0\xd2\xc9", "При"},
		{"KOI8-U", "\xa4", "є"},
		{"ibm866", "\x8f\xe0\xa8", "При"},
		{"cp866", "\x8f\xe0\xa8", "При"},
		{"ibm855", "\xc7\xe5\xb7", "Кти"},
		{"x-mac-cyrillic", "\x8f\xf0\xe8", "При"},
		{"iso-8859-1", "\x80\xe9", "\u0080é"}, // exact Latin-1, unlike WHATWG
		{"latin1", "caf\xe9", "café"},
		{"iso-8859-2", "\xb9", "š"},
		{"tis-620", "\xa1", "ก"},
		{"shift_jis", "\x93\xfa\x96\x7b", "日本"},
		{"sjis", "\x93\xfa\x96\x7b", "日本"},
		{"cp932", "\x93\xfa\x96\x7b", "日本"},
		{"euc-jp", "\xc6\xfc\xcb\xdc", "日本"},
		{"gb2312", "\xd6\xd0\xce\xc4", "中文"},
		{"gbk", "\xd6\xd0\xce\xc4", "中文"},
		{"gb18030", "\xd6\xd0\xce\xc4", "中文"},
		{"big5", "\xa4\xa4\xa4\xe5", "中文"},
		{"euc-kr", "\xc7\xd1\xb1\xdb", "한글"},
		{"cp949", "\xc7\xd1\xb1\xdb", "한글"},
		{"johab", "\xd0\x65\x8b\x69", "한글"},
		{"johab", "\xd9\x32", "、"},
		{"johab", "\x88\x61", "가"},
		{"johab", "\x88\x41", "ㄱ"}, // initial consonant alone
		{"iso-2022-kr", "\x1b$)C\x0eGQ1[\x0f ok", "한글 ok"},
		{"iso-2022-jp", "\x1b$BF|K\\\x1b(B", "日本"},
		{"hz-gb-2312", "~{VPND~}", "中文"},
		{"utf-16le", "h\x00i\x00", "hi"},
		{"utf-16be", "\x00h\x00i", "hi"},
		{"utf-32le", "h\x00\x00\x00", "h"},
		{"utf-32be", "\x00\x00\x00h", "h"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := normalize.Lookup(tt.name)
			if err != nil {
				t.Fatal(err)
			}
			got, err := e.NewDecoder().String(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("decode %q = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestLookupUnknown(t *testing.T) {
	for _, name := range []string{"", "klingon-8", "binary", "iso-2022-cn"} {
		if _, err := normalize.Lookup(name); !errors.Is(err, normalize.ErrUnknownEncoding) {
			t.Errorf("Lookup(%q) error = %v, want ErrUnknownEncoding", name, err)
		}
	}
}

func TestDecodeTo(t *testing.T) {
	tests := []struct {
		in, enc, want string
	}{
		{"\xef\xbb\xbfhi", "utf-8", "hi"},
		{"\xff\xfeh\x00i\x00", "utf-16le", "hi"},
		{"\xfe\xff\x00h\x00i", "utf-16be", "hi"},
		{"\xff\xfe\x00\x00h\x00\x00\x00", "utf-32le", "h"},
		{"\xff\xfeh\x00", "utf-16", "h"},
		{"bad \xff byte", "utf-8", "bad \uFFFD byte"},
		{"caf\xe9", "windows-1252", "café"},
	}
	for _, tt := range tests {
		got, err := normalize.DecodeTo([]byte(tt.in), tt.enc)
		if err != nil || string(got) != tt.want {
			t.Errorf("DecodeTo(%q, %s) = %q, %v; want %q", tt.in, tt.enc, got, err, tt.want)
		}
	}
}

func TestDecodeToErrors(t *testing.T) {
	if _, err := normalize.DecodeTo([]byte("x"), "binary"); !errors.Is(err, normalize.ErrBinary) {
		t.Errorf("binary: %v, want ErrBinary", err)
	}
	_, err := normalize.DecodeTo([]byte("x"), "klingon-8")
	if !errors.Is(err, normalize.ErrUnknownEncoding) || !strings.Contains(err.Error(), "klingon-8") {
		t.Errorf("unknown: %v, want ErrUnknownEncoding naming klingon-8", err)
	}
}

func TestDecodersStream(t *testing.T) {
	// Decoders must keep state across buffer boundaries: decode through a
	// one-byte-at-a-time chunking and compare with a one-shot decode.
	tests := []struct{ enc, in string }{
		{"iso-2022-kr", "\x1b$)C\x0eGQ1[\x0f ok \x0eGQ\x0f\n"},
		{"johab", "\xd0\x65\x8b\x69 \xd9\x32 abc"},
	}
	for _, tt := range tests {
		e, _ := normalize.Lookup(tt.enc)
		whole, _ := e.NewDecoder().String(tt.in)
		dec := e.NewDecoder()
		var sb strings.Builder
		r := dec.Reader(strings.NewReader(tt.in))
		buf := make([]byte, 1)
		for {
			n, err := r.Read(buf)
			sb.Write(buf[:n])
			if err != nil {
				break
			}
		}
		if sb.String() != whole {
			t.Errorf("%s streamed = %q, want %q", tt.enc, sb.String(), whole)
		}
	}
}

func TestNoEncoder(t *testing.T) {
	e, _ := normalize.Lookup("johab")
	if _, err := e.NewEncoder().String("한"); err == nil {
		t.Error("johab encoder should refuse")
	}
	if _, ok := charmap.Windows1252.EncodeRune('é'); !ok {
		t.Fatal("sanity")
	}
}

func FuzzDecodeTo(f *testing.F) {
	f.Add([]byte("\x1b$)C\x0eGQ1[\x0f"), "iso-2022-kr")
	f.Add([]byte("\xd0\x65\x8b\x69\xd9\x32"), "johab")
	f.Add([]byte("\xff\xfeh\x00"), "utf-16le")
	f.Add([]byte("caf\xe9"), "windows-1252")
	f.Fuzz(func(t *testing.T, b []byte, enc string) {
		out, err := normalize.DecodeTo(b, enc)
		if err != nil {
			if !errors.Is(err, normalize.ErrUnknownEncoding) && !errors.Is(err, normalize.ErrBinary) {
				t.Fatalf("%s: unexpected error %v", enc, err)
			}
			return
		}
		if !utf8.Valid(out) {
			t.Fatalf("%s: invalid UTF-8 out", enc)
		}
	})
}
