package normalize_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/winnow-text/winnow/normalize"
	"golang.org/x/text/transform"
)

func ExampleString() {
	s := normalize.String("CafÃ©\u00a0au lait\u200b  \r\n\n\n\nâ€œFinâ€\u009d", normalize.Options{})
	fmt.Printf("%q\n", s)
	// Output: "Café au lait\n\n“Fin”"
}

func ExampleString_options() {
	o := normalize.Options{DecodeEntities: true, ASCIIPunct: true, FoldWidth: true}
	fmt.Println(normalize.String("AT&amp;T said “ｈｅｌｌｏ” — again…", o))
	// Output: AT&T said "hello" - again...
}

func ExampleNew() {
	r := transform.NewReader(strings.NewReader("line one  \r\nline\u00a0two\r\n"), normalize.New(normalize.Options{}))
	io.Copy(os.Stdout, r)
	// Output:
	// line one
	// line two
}

func ExampleFixMojibake() {
	fmt.Println(normalize.FixMojibake("Ð¿Ñ€Ð¸Ð²ÐµÑ‚, Ã©tÃ©, doesnâ€™t"))
	fmt.Println(normalize.FixMojibake("naïve café, 2 × 3 °C"))
	// Output:
	// привет, été, doesn’t
	// naïve café, 2 × 3 °C
}
