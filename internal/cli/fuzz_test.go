package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/winnow-text/winnow/internal/docs"
)

// FuzzCommands runs normalize, clean, dedup and run over JSONL made from
// arbitrary texts and an arbitrary extra field. Every record must come out
// once, as valid JSON and valid UTF-8, with the extra field byte for byte
// (invalid UTF-8 in it repaired);
// clean's text must be lines of its input, in order.
func FuzzCommands(f *testing.F) {
	f.Add("Kerry and Lavrov met in Hamburg.\n\nADVERTISEMENT\n", "caf\xe9 \u00a0wasnâ€™t", []byte(`{"a":[1, 2.50]}`))
	f.Add("", "\x00\xff", []byte(`"x"`))
	f.Add("Share this article\nShare this article\n", "<p>hi</p>", []byte(`null`))
	f.Fuzz(func(t *testing.T, a, b string, extra []byte) {
		if !json.Valid(extra) {
			extra = []byte(`{"k":"v"}`)
		}
		extra = bytes.TrimSpace(extra)
		var in bytes.Buffer
		texts := []string{a, b, a + "\n" + b}
		for i, text := range texts {
			tj, _ := json.Marshal(strings.ToValidUTF8(text, "\uFFFD"))
			in.WriteString(`{"id":"` + string(rune('a'+i)) + `","text":` + string(tj) + `,"extra":`)
			in.Write(extra)
			in.WriteString("}\n")
		}
		for _, cmd := range []string{"normalize", "clean", "dedup", "run"} {
			var out, errb bytes.Buffer
			env := &Env{Stdin: bytes.NewReader(in.Bytes()), Stdout: &out, Stderr: &errb}
			if code := Run(context.Background(), []string{"winnow", cmd, "-q"}, env); code != 0 {
				t.Fatalf("%s: status %d: %s", cmd, code, errb.String())
			}
			lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
			if len(lines) != len(texts) {
				t.Fatalf("%s: %d records in, %d out", cmd, len(texts), len(lines))
			}
			for i, line := range lines {
				if !utf8.ValidString(line) || !json.Valid([]byte(line)) {
					t.Fatalf("%s: record %d is not valid UTF-8 JSON: %q", cmd, i, line)
				}
				rec, err := docs.ParseRecord([]byte(line))
				if err != nil {
					t.Fatal(err)
				}
				if got, _ := rec.Raw("extra"); !bytes.Equal(got, bytes.ToValidUTF8(extra, []byte("\uFFFD"))) {
					t.Fatalf("%s: extra field changed: %s -> %s", cmd, extra, got)
				}
				if cmd == "clean" {
					text, _ := rec.String("text")
					if !linesInOrder(text, texts[i]) {
						t.Fatalf("clean invented text: %q from %q", text, texts[i])
					}
				}
			}
		}
	})
}

// linesInOrder reports whether every non-blank line of out is a line of in,
// in the same order (clean may also cut whole sentences from a line).
func linesInOrder(out, in string) bool {
	src := strings.Split(strings.ToValidUTF8(in, "\uFFFD"), "\n")
	j := 0
	for _, l := range strings.Split(out, "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		for j < len(src) && !strings.Contains(src[j], strings.TrimSpace(l)) && !subsequenceOfWords(l, src[j]) {
			j++
		}
		if j == len(src) {
			return false
		}
		j++
	}
	return true
}

func subsequenceOfWords(short, long string) bool {
	ws := strings.Fields(long)
	k := 0
	for _, w := range strings.Fields(short) {
		for k < len(ws) && ws[k] != w {
			k++
		}
		if k == len(ws) {
			return false
		}
		k++
	}
	return true
}

// FuzzRemovalsJSON checks that removals write themselves as encoding/json
// writes them, invalid UTF-8 replaced, whatever the lines removed hold.
func FuzzRemovalsJSON(f *testing.F) {
	f.Add(3, "ad", `line "advertisement" (builtin:21)`, "ADVERTISEMENT")
	f.Add(-1, "", "", "<b>a & b</b> \xff\u2028 é\t\"\\")
	f.Fuzz(func(t *testing.T, line int, category, rule, text string) {
		rs := removals{{line, category, rule, text}, {line + 1, rule, text, category}}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		valid := func(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }
		if err := enc.Encode([]removal{{line, valid(category), valid(rule), valid(text)}, {line + 1, valid(rule), valid(text), valid(category)}}); err != nil {
			t.Fatal(err)
		}
		if got := rs.AppendJSON(nil); string(got)+"\n" != want.String() {
			t.Fatalf("AppendJSON = %s, encoding/json %s", got, want.String())
		}
	})
}
