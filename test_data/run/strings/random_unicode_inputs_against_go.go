package main

import (
	"bytes"
	"fmt"
	"math/rand"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	r := rand.New(rand.NewSource(11))
	alpha := []string{"a", "b", "A", "é", "É", "ß", "ſ", "K", "k", "σ", "Σ", "ς", " ", "\t", "\u00a0", "\u2028", "x", "\xff", "\xe2\x82", "世", "ǅ", "ﬃ", "İ", "ı", ","}
	gen := func() string {
		n := r.Intn(8)
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(alpha[r.Intn(len(alpha))])
		}
		return b.String()
	}
	for i := 0; i < 400; i++ {
		s, t := gen(), gen()
		fmt.Printf("%d %q %q | %d %d %d %d %d %v %v\n", i, s, t, strings.Index(s, t), strings.LastIndex(s, t), strings.Count(s, t), strings.IndexAny(s, t), strings.LastIndexAny(s, t), strings.EqualFold(s, t), strings.Contains(s, t))
		fmt.Printf("  %q %q %q %q %q %q\n", strings.ToUpper(s), strings.ToLower(s), strings.Title(s), strings.TrimSpace(s), strings.Trim(s, t), strings.TrimLeft(s, t))
		fmt.Printf("  %q %q %q %q\n", strings.Split(s, t), strings.Fields(s), strings.Replace(s, t, "_", 2), strings.TrimRight(s, t))
		rs := []rune(s)
		if len(rs) > 0 {
			c := rs[0]
			fmt.Println("  ", unicode.IsUpper(c), unicode.IsLower(c), unicode.IsLetter(c), unicode.IsSpace(c), unicode.IsPunct(c), unicode.ToUpper(c), unicode.ToLower(c), unicode.ToTitle(c), unicode.SimpleFold(c), utf8.RuneLen(c), strings.IndexRune(s, c), utf8.ValidString(s), utf8.RuneCountInString(s))
		}
		fmt.Println("  ", bytes.Index([]byte(s), []byte(t)), bytes.Count([]byte(s), []byte(t)), string(bytes.ToUpper([]byte(s))), bytes.EqualFold([]byte(s), []byte(t)))
	}
}
