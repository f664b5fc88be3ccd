package clean

import (
	"bytes"
	"fmt"
	"strings"
	"os"
	"path/filepath"
	"testing"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
)

func TestScratchDump(t *testing.T) {
	out := os.Getenv("SCRATCH")
	if out == "" {
		t.Skip()
	}
	c, _ := New(Options{})
	eachEvalPage(t, func(set, id string, page []byte, gold string) {
		src, _ := decodePage(page)
		src = flattenDeep(src, maxHTMLDepth)
		doc, _ := html.Parse(bytes.NewReader(src))
		prune(doc)
		art, rerr := readability.FromDocument(doc, nil)
		meta := pageMeta(doc, art, "")
		all := VisibleText(src)
		rr := ""
		if rerr == nil {
			rr = VisibleText([]byte(art.Content))
		}
		wl := renderLines(doc)
		all2 := lineText(wl)
		var tsv []string
		for _, l := range wl {
			tsv = append(tsv, fmt.Sprintf("%d\t%d\t%s", l.links, len(l.text), l.text))
		}
		rr2 := ""
		if rerr == nil && art.Node != nil {
			rr2 = lineText(renderLines(art.Node))
		}
		R2 := c.cleanWithMeta(rr2, meta, true).Text
		W2 := c.cleanWithMeta(all2, meta, false).Text
		R := c.cleanWithMeta(rr, meta, true).Text
		W := c.cleanWithMeta(all, meta, false).Text
		dir := filepath.Join(out, set)
		os.MkdirAll(dir, 0o755)
		for k, v := range map[string]string{"R": R, "W": W, "V": all, "RR": rr, "gold": gold, "title": meta.Title, "R2": R2, "W2": W2, "V2": all2, "tsv": strings.Join(tsv, "\n")} {
			os.WriteFile(filepath.Join(dir, id+"."+k), []byte(v), 0o644)
		}
	}, func(string, int) {})
}
