// Variables boxed because they are converted to interfaces (i, r, n, count below) keep one box across loop
// iterations; a call earlier in the loop body has a callee frame above the caller's scanned part, so such a box
// must not be kept there (a collection during the call would free it, and the next iteration would write into the
// freed object). Run with VO_GC_STRESS=1: it crashed with a corrupted free list.
package main

import (
	"fmt"
	"unicode/utf8"
)

type T struct{ failures int }

func (t *T) Errorf(format string, args ...any) {
	t.failures++
	fmt.Printf(format+"\n", args...)
}

func runeCount(s string) int {
	return len([]rune(s))
}

func check(t *T, strs []string) {
	for _, ts := range strs {
		count := utf8.RuneCountInString(ts)
		if n := runeCount(ts); n != count {
			t.Errorf("%q: runeCount %d, want %d", ts, n, count)
		}
		runes := []rune(ts)
		if n := len(runes); n != count {
			t.Errorf("%q: len %d, want %d", ts, n, count)
		}
		i := 0
		for _, r := range ts {
			if r != runes[i] {
				t.Errorf("%q[%d]: %c, want %c (%U)", ts, i, r, runes[i], runes[i])
			}
			i++
		}
	}
}

func main() {
	t := &T{}
	strs := []string{"日a本b語ç日ð本Ê語þ日¥本¼語i日©日a本b語ç日ð本Ê語þ日¥本¼語i日©", "\x80\x80\x80\x80", "abc"}
	for k := 0; k < 3; k++ {
		check(t, strs)
	}
	a := make([]byte, 4)
	b := make([]byte, 4)
	for k := 0; k < 100; k++ {
		if string(a) != string(b) {
			t.Errorf("bytes differ")
		}
		s := fmt.Sprint(k)
		a = append(a[:0], s...)
		b = append(b[:0], s...)
	}
	fmt.Println("failures:", t.failures, string(a))
}
