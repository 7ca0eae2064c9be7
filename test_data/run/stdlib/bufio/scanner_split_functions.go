// Scanner with ScanBytes, ScanRunes (invalid UTF-8 becomes U+FFFD), ScanWords (Unicode white space), ScanLines set
// again through Split, a custom split function, and ErrFinalToken (also with an empty final token).
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func scan(name string, input string, split bufio.SplitFunc) {
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Split(split)
	var toks []string
	for sc.Scan() {
		toks = append(toks, fmt.Sprintf("%q", sc.Text()))
	}
	fmt.Printf("%s: %d [%s] err=%v\n", name, len(toks), strings.Join(toks, " "), sc.Err())
}

func main() {
	scan("bytes", "ab\xffc\n", bufio.ScanBytes)
	scan("bytes-empty", "", bufio.ScanBytes)
	scan("runes", "héllo, 世界", bufio.ScanRunes)
	scan("runes-invalid", "a\xffb\xe4\xb8c\xf0\x9f\x98", bufio.ScanRunes)
	scan("words", "  the quick\tbrown\n\nfox  ", bufio.ScanWords)
	scan("words-unicode-space", "a\u00a0b\u2003c\u3000d\u0085e\u200bf", bufio.ScanWords)
	scan("words-empty", " \t\n ", bufio.ScanWords)
	scan("lines-via-split", "x\r\ny\n\nz", bufio.ScanLines)

	// Direct calls of the split functions.
	adv, tok, err := bufio.ScanLines([]byte("abc"), false)
	fmt.Println(adv, tok, err)
	adv, tok, err = bufio.ScanLines([]byte("abc\r"), true)
	fmt.Printf("%d %q %v\n", adv, tok, err)
	adv, tok, err = bufio.ScanLines(nil, true)
	fmt.Println(adv, tok == nil, err)
	adv, tok, err = bufio.ScanWords([]byte("  ab"), false)
	fmt.Println(adv, tok, err)
	adv, tok, err = bufio.ScanRunes([]byte("\xe4\xb8"), false)
	fmt.Println(adv, tok, err)
	adv, tok, err = bufio.ScanRunes([]byte("\xe4\xb8"), true)
	fmt.Printf("%d %q %v\n", adv, tok, err)

	// A custom split: comma-separated values.
	commas := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
	scan("commas", "1,22,,333", commas)

	// ErrFinalToken stops the scan without an error; the token delivered with it is the last one.
	stopAtDot := func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil && string(tok) == "." {
			return adv, tok, bufio.ErrFinalToken
		}
		return adv, tok, err
	}
	scan("final-token", "a b . c d", stopAtDot)
	emptyFinal := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if !atEOF {
			return 0, nil, nil
		}
		return 0, data, bufio.ErrFinalToken
	}
	scan("empty-final-token", "1,2,", emptyFinal)
}
