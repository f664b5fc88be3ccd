package docs

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func readAll(t *testing.T, src *Source, opts Options, stdin io.Reader) (ds []*Doc, errs []error) {
	t.Helper()
	r, err := Open(src, opts, stdin)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	for {
		d, err := r.Next()
		if err == io.EOF {
			return ds, errs
		}
		if err != nil {
			errs = append(errs, err)
			var re *RecordError
			if !errors.As(err, &re) {
				return ds, errs
			}
			continue
		}
		ds = append(ds, d)
	}
}

func TestReadJSONL(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","text":"one","x":1}`,
		``,
		`{"id":"b","text":2}`,
		`not json`,
		`{"doc":"c","body":"three"}`,
		`{"id":"d","text":"four"}` + "\r",
	}, "\n")
	ds, errs := readAll(t, &Source{Path: "-"}, Options{}, strings.NewReader(in))
	if len(ds) != 2 || ds[0].ID != "a" || string(ds[0].Data) != "one" || ds[1].ID != "d" || ds[1].Line != 6 {
		t.Fatalf("docs = %+v", ds)
	}
	want := []string{
		`-:3: field "text" is not a string`,
		`-:4: not valid JSON`,
		`-:5: no "text" field`,
	}
	if len(errs) != len(want) {
		t.Fatalf("errors = %v", errs)
	}
	for i, w := range want {
		if !strings.HasPrefix(errs[i].Error(), w) {
			t.Errorf("error %d = %q, want prefix %q", i, errs[i], w)
		}
	}
}

func TestReadCustomFields(t *testing.T) {
	ds, errs := readAll(t, &Source{Path: "-"}, Options{IDField: "doc", TextField: "body"},
		strings.NewReader(`{"doc":"c","body":"three"}`+"\n"))
	if len(errs) > 0 || len(ds) != 1 || ds[0].ID != "c" || string(ds[0].Data) != "three" {
		t.Fatalf("docs = %+v, errs = %v", ds, errs)
	}
}

func TestReadLongLine(t *testing.T) {
	long := strings.Repeat("word ", 100_000)
	ds, errs := readAll(t, &Source{Path: "-"}, Options{Format: JSONL},
		strings.NewReader(`{"text":"`+long+`"}`))
	if len(errs) > 0 || len(ds) != 1 || string(ds[0].Data) != long {
		t.Fatalf("long line not read whole: %d docs, %v", len(ds), errs)
	}
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func TestReadGzipAndFormats(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"a.jsonl.gz": gz([]byte(`{"id":"1","text":"x"}` + "\n")),
		"b.txt":      []byte("{\"looks\":\"like json\"}\nbut is named text\n"),
		"c":          []byte(`{"id":"2","text":"y"}` + "\n"),
		"d":          []byte("<!DOCTYPE html><html><body><p>hi</p></body></html>"),
		"e.htm":      []byte("plain words"),
		"f":          []byte("Just text.\n"),
		"g.gz":       gz([]byte("Compressed text.\n")),
	}
	want := map[string]struct {
		format Format
		comp   string
	}{
		"a.jsonl.gz": {JSONL, "gzip"}, "b.txt": {Text, ""}, "c": {JSONL, ""}, "d": {HTML, ""},
		"e.htm": {HTML, ""}, "f": {Text, ""}, "g.gz": {Text, "gzip"},
	}
	for name, data := range files {
		os.WriteFile(filepath.Join(dir, name), data, 0o644)
	}
	for name, w := range want {
		src := &Source{Path: filepath.Join(dir, name)}
		ds, errs := readAll(t, src, Options{}, nil)
		if len(errs) > 0 || len(ds) != 1 {
			t.Errorf("%s: %d docs, %v", name, len(ds), errs)
			continue
		}
		if src.Format != w.format || src.Compression != w.comp {
			t.Errorf("%s: read as %s/%q, want %s/%q", name, src.Format, src.Compression, w.format, w.comp)
		}
	}
	if got := string(mustRead(t, filepath.Join(dir, "g.gz"))); got != "Compressed text.\n" {
		t.Errorf("gzip text = %q", got)
	}
}

func mustRead(t *testing.T, path string) []byte {
	ds, errs := readAll(t, &Source{Path: path}, Options{}, nil)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return ds[0].Data
}

func TestReadTruncatedGzip(t *testing.T) {
	dir := t.TempDir()
	data := gz(bytes.Repeat([]byte("some text that compresses\n"), 1000))
	path := filepath.Join(dir, "t.txt.gz")
	os.WriteFile(path, data[:len(data)/2], 0o644)
	_, errs := readAll(t, &Source{Path: path}, Options{}, nil)
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "truncated") {
		t.Fatalf("errs = %v, want one truncation error", errs)
	}
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"b/2.txt", "a.txt", "b/1.txt", ".git/config", "b/.hidden"} {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755)
		os.WriteFile(filepath.Join(dir, p), []byte("x"), 0o644)
	}
	os.Symlink(dir, filepath.Join(dir, "b", "loop"))
	os.Symlink(filepath.Join(dir, "a.txt"), filepath.Join(dir, "link.txt"))
	var got []string
	Walk([]string{dir, filepath.Join(dir, "missing"), "-"}, func(src *Source, err error) bool {
		s := src.Rel
		if err != nil {
			s += " error"
		}
		got = append(got, s)
		return true
	})
	want := []string{"a.txt", "b/1.txt", "b/2.txt", "link.txt", "missing error", "-"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("walk = %v, want %v", got, want)
	}
}

func TestReadList(t *testing.T) {
	got, _ := ReadList(strings.NewReader("a b\r\n\nc\n"), false)
	if strings.Join(got, "|") != "a b|c" {
		t.Errorf("lines: %q", got)
	}
	got, _ = ReadList(strings.NewReader("a\nb\x00c\x00"), true)
	if strings.Join(got, "|") != "a\nb|c" {
		t.Errorf("nul: %q", got)
	}
}

func readParts(t *testing.T, in string, size int) []*Doc {
	t.Helper()
	ds, errs := readAll(t, &Source{Path: "-"}, Options{Format: Text, PartSize: size}, strings.NewReader(in))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var whole strings.Builder
	for i, d := range ds {
		whole.Write(d.Data)
		if d.Part != i || d.More != (i < len(ds)-1) || d.ID != "-" {
			t.Fatalf("part %d: Part=%d More=%v ID=%q", i, d.Part, d.More, d.ID)
		}
	}
	if whole.String() != in {
		t.Fatalf("parts do not add up to the input")
	}
	return ds
}

func TestReadPartsCutInsideParagraphs(t *testing.T) {
	var in strings.Builder
	for i := range 200 {
		in.WriteString("A line of a paragraph that goes on,\nand on to its end " + strconv.Itoa(i) + ".\n\n")
	}
	ds := readParts(t, in.String(), 1000)
	if len(ds) < 10 {
		t.Fatalf("%d parts, want many", len(ds))
	}
	for _, d := range ds[:len(ds)-1] {
		if !bytes.HasSuffix(d.Data, []byte(",\n")) {
			t.Errorf("part %d ends %q, want a cut inside a paragraph", d.Part, d.Data[len(d.Data)-10:])
		}
	}
}

func TestReadPartsLongLineAndWideText(t *testing.T) {
	in := strings.Repeat("héllo wörld ", 2000) // no newline at all
	ds := readParts(t, in, 1000)
	for i, d := range ds {
		if !utf8.Valid(d.Data) {
			t.Fatalf("part %d cuts a character", d.Part)
		}
		// A cut inside a line falls inside a word, so no filter trims a
		// space at it or sees a line end there.
		if i < len(ds)-1 && (!isWordByte(d.Data[len(d.Data)-1]) || !isWordByte(ds[i+1].Data[0])) {
			t.Errorf("part %d ends %q, the next starts %q: not inside a word", i, d.Data[len(d.Data)-3:], ds[i+1].Data[:3])
		}
	}
	wide := "\xff\xfe" + strings.Repeat("a\x00\n\x00", 1000)
	if ds := readParts(t, wide, 100); len(ds) != 1 {
		t.Errorf("UTF-16 text split into %d parts", len(ds))
	}
	if ds := readParts(t, "short\n", 1000); len(ds) != 1 || ds[0].More {
		t.Errorf("short text: %d parts", len(ds))
	}
}
