package main

import (
	"fmt"
	"math/rand"
	"strings"
	"unicode"
)

func main() {
	r := rand.New(rand.NewSource(21))
	alpha := []string{"a", "B", "é", " ", "\t", "\u00a0", "x", "\xff", "\xe2\x82", "世", "1", "-", "_", "ǅ", "."}
	gen := func() string {
		n := r.Intn(9)
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(alpha[r.Intn(len(alpha))])
		}
		return b.String()
	}
	for i := 0; i < 300; i++ {
		s, t := gen(), gen()
		n := r.Intn(5) - 1
		fmt.Printf("%d %q %q %d\n", i, s, t, n)
		fmt.Printf("  %q %q %q %q\n", strings.SplitN(s, t, n), strings.SplitAfterN(s, t, n), strings.SplitAfter(s, t), strings.FieldsFunc(s, unicode.IsPunct))
		fmt.Printf("  %q %q %q %q\n", strings.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return unicode.ToUpper(r)
		}, s), strings.TrimFunc(s, unicode.IsLetter), strings.TrimLeftFunc(s, unicode.IsSpace), strings.TrimRightFunc(s, unicode.IsDigit))
		fmt.Printf("  %d %d %q %q %q\n", strings.IndexFunc(s, unicode.IsUpper), strings.LastIndexFunc(s, unicode.IsLower), strings.ToValidUTF8(s, t), strings.Repeat(s, n+1), strings.Title(s))
		b, a, f := strings.Cut(s, t)
		fmt.Printf("  %q %q %v %q %v %v\n", b, a, f, strings.Join([]string{s, t, s}, t), strings.HasPrefix(s, t), strings.HasSuffix(s, t))
		rp := strings.NewReplacer("a", "1", "é", "E", t, "<>")
		fmt.Printf("  %q\n", rp.Replace(s))
	}
}
