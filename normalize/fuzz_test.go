package normalize

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// fuzzOptions derives one of many option sets from a byte.
func fuzzOptions(bits byte) Options {
	o := Options{
		KeepMojibake:   bits&1 != 0,
		KeepSpaces:     bits&2 != 0,
		KeepInvisible:  bits&4 != 0,
		KeepNewlines:   bits&8 != 0,
		DecodeEntities: bits&16 != 0,
		ASCIIPunct:     bits&32 != 0,
		FoldWidth:      bits&64 != 0,
	}
	if bits&128 != 0 {
		o.Form = NFKC
	}
	return o
}

// chunked runs the transformer over in, feeding src in pieces of size step
// into a dst of size step+dstExtra, as a streaming caller would.
func chunked(t testing.TB, tr transform.Transformer, in []byte, step, dstExtra int) []byte {
	var out []byte
	dst := make([]byte, step+dstExtra)
	pos := 0
	var carry []byte
	for {
		end := min(pos+step, len(in))
		src := append(carry, in[pos:end]...)
		atEOF := end == len(in)
		nDst, nSrc, err := tr.Transform(dst, src, atEOF)
		out = append(out, dst[:nDst]...)
		carry = append([]byte(nil), src[nSrc:]...)
		pos = end
		switch err {
		case nil:
			if atEOF && len(carry) == 0 {
				return out
			}
		case transform.ErrShortDst:
		default:
			t.Fatalf("Transform: %v", err)
		}
		if nDst == 0 && nSrc == 0 && err == transform.ErrShortDst && len(dst) < 1<<16 {
			dst = make([]byte, 2*len(dst))
		}
	}
}

func FuzzNormalize(f *testing.F) {
	seeds := []string{
		"", "plain text\n", "a\r\nb\rc\n\n\n\nd  \t\n", "caf\xe9 \xc3\xa9\xe2\x80",
		"Ã©tÃ© â€œquotesâ€\x9d", "Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "x\u200b\u00ady\u202e z\u00a0\u2028w",
		"&amp;amp;lt; &#10; &nbsp;", "ｆｕｌｌ　ｗｉｄｔｈ ｶﾞ", "e\u0301 \ufb01 \u2026 \u201cq\u201d",
		"Ã\u200b©", "\u0085\u0093x\u0094", "i\u0307\u0301", "\xed\xa0\xbd",
	}
	for i, s := range seeds {
		f.Add([]byte(s), byte(i*37), uint8(i+1))
	}
	f.Fuzz(func(t *testing.T, in []byte, bits byte, step uint8) {
		// A hang shows as a crash with its input rather than a stall.
		wd := time.AfterFunc(10*time.Second, func() { panic(fmt.Sprintf("hang on %q %d %d", in, bits, step)) })
		defer wd.Stop()
		checkProperties(t, in, fuzzOptions(bits), int(step)%17+1, int(bits)%5)
	})
}

// checkProperties asserts what FuzzNormalize checks: valid UTF-8 out,
// idempotence, and the same output from the stream (fed step bytes at a
// time into a dst of step+extra bytes), Bytes and String.
func checkProperties(t *testing.T, in []byte, o Options, step, extra int) {
	t.Helper()
	once := Bytes(in, o)
	if !utf8.Valid(once) {
		t.Fatalf("invalid UTF-8 out: %q -> %q", in, once)
	}
	if twice := Bytes(once, o); !bytes.Equal(once, twice) {
		t.Fatalf("not idempotent (%+v):\n in    %q\n once  %q\n twice %q", o, in, once, twice)
	}
	if got := chunked(t, New(o), in, step, extra); !bytes.Equal(got, once) {
		t.Fatalf("stream differs (%+v, step %d):\n in     %q\n stream %q\n bytes  %q", o, step, in, got, once)
	}
	if s := String(string(in), o); s != string(once) {
		t.Fatalf("String differs from Bytes: %q vs %q", s, once)
	}
}

// TestPropertiesRandom checks the fuzz properties on random mixtures of
// the pieces normalization cares about, with every option set.
func TestPropertiesRandom(t *testing.T) {
	pieces := []string{"a", "Z", "1", " ", "  ", "\t", "\n", "\r", "\r\n", "\u2028", "\u2029",
		"Ã", "Â", "©", "â", "€", "™", "œ", "Ð", "¿", "Ñ", "Г", "РІ", "í", "½", "ï¼", "Ø", "ð", "Ÿ", "˜",
		"\u00a0", "\u200b", "\u200d", "\u00ad", "\u0085", "\x85", "\xe9", "\xc3", "\xa0", "\xe2\x80",
		"&", ";", "#", "&amp;", "&lt", "&#10;", "&eacute;", "ｆ", "ｶ", "ﾞ", "\ufb01", "ǅ", "e\u0301", "\u0308",
		"्", "क", "ب", "‘", "—", "…", "€œ", "Ã ", "ÃƒÂ©", "â€™"}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 3000; i++ {
		var in []byte
		for k := rng.IntN(60); k > 0; k-- {
			in = append(in, pieces[rng.IntN(len(pieces))]...)
		}
		checkProperties(t, in, fuzzOptions(byte(rng.IntN(256))), rng.IntN(17)+1, rng.IntN(5))
	}
}

func FuzzFixMojibake(f *testing.F) {
	for _, s := range []string{"Ã©", "â€™", "Ð¿Ñ€Ð¸", "Ã¢â‚¬â„¢", "í\u00a0½í¸\u008d", "plain", "5×£35"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := FixMojibake(s)
		if !utf8.ValidString(once) {
			t.Fatalf("invalid UTF-8: %q", once)
		}
		if len(once) > len(s) && utf8.ValidString(s) && !mjHasC1(s) {
			t.Fatalf("repair grew the text: %q -> %q", s, once)
		}
		if twice := FixMojibake(once); twice != once {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, once, twice)
		}
	})
}

func mjHasC1(s string) bool {
	for _, r := range s {
		if r >= 0x80 && r < 0xA0 {
			return true
		}
	}
	return false
}
