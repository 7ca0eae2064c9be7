package main

// Scanning strings rune by rune: multi-byte runes, invalid and truncated UTF-8, and a Scanner that reads, unreads
// and reports rune sizes through ScanState.

import (
	"fmt"
)

type Runes struct {
	got []string
}

func (r *Runes) Scan(st fmt.ScanState, verb rune) error {
	for i := 0; i < 6; i++ {
		c, size, err := st.ReadRune()
		if err != nil {
			r.got = append(r.got, fmt.Sprintf("err=%v", err))
			return nil
		}
		r.got = append(r.got, fmt.Sprintf("%q/%d", c, size))
		if i == 1 {
			st.UnreadRune()
		}
	}
	return nil
}

func main() {
	inputs := []string{"héllo", "\xffab", "a\xe4\xb8", "世界 x", "", "\xc0\x80z", "abc\xf0\x9f\x98\x80"}
	for _, in := range inputs {
		var r Runes
		n, err := fmt.Sscan(in, &r)
		fmt.Printf("%q: n=%d err=%v %v\n", in, n, err, r.got)
		var s1, s2 string
		n, err = fmt.Sscan(in, &s1, &s2)
		fmt.Printf("  strings: n=%d err=%v %q %q\n", n, err, s1, s2)
		var c1, c2, c3 rune
		n, err = fmt.Sscanf(in, "%c%c%c", &c1, &c2, &c3)
		fmt.Printf("  chars: n=%d err=%v %q %q %q\n", n, err, c1, c2, c3)
		var q string
		n, err = fmt.Sscanf(in, "%x", &q)
		fmt.Printf("  hex: n=%d err=%v %q\n", n, err, q)
	}
	var a, b string
	n, err := fmt.Sscanf("日本:語", "%s:%s", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("日本 語", "%3s%s", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("x\u00a0y\n", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("x\u2003y", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\r\n", &a)
	fmt.Println(n, err, a)
}
