package dedup

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mfonda/simhash"
)

// referenceFingerprint computes the fingerprint with github.com/mfonda/simhash
// itself, from the same normalized words.
func referenceFingerprint(text string) uint64 {
	var ws [][]byte
	var w words
	w.reset(text)
	for word, ok := w.next(); ok; word, ok = w.next() {
		ws = append(ws, append([]byte(nil), word...))
	}
	return simhash.SimhashBytes(simhash.Shingle(ShingleWords, ws))
}

func TestFingerprintMatchesSimhashLibrary(t *testing.T) {
	inputs := []string{"", "one", "two words", "exactly three words",
		"Kerry and Lavrov met in Hamburg on Thursday.",
		"«Привет», — сказал он. 東京都は晴れ。 ¿Qué tal?",
		"fightersâ€™ departure Ã©tÃ© cafÃ©"}
	seeds, _ := filepath.Glob("../seeds/*.txt")
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, string(b))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	vocab := strings.Fields("the a of Aleppo Kerry talks ceasefire ’s don't 40,000 Ünïcode 北京 مرحبا")
	for i := 0; i < 500; i++ {
		var sb strings.Builder
		for j := rng.IntN(300); j > 0; j-- {
			sb.WriteString(vocab[rng.IntN(len(vocab))])
			sb.WriteString([]string{" ", "\n", ", ", "\u00a0"}[rng.IntN(4)])
		}
		inputs = append(inputs, sb.String())
	}
	for _, in := range inputs {
		if got, want := Fingerprint(in), referenceFingerprint(in); got != want {
			t.Errorf("Fingerprint(%.40q) = %016x, simhash library says %016x", in, got, want)
		}
	}
}
