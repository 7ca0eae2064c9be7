package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "+5", "", "abc", "9223372036854775807", "9223372036854775808", "1_000", " 1"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"0x1F", 0, 64}, {"0b101", 0, 8}, {"300", 10, 8}, {"-129", 10, 8}, {"z", 36, 64}, {"1", 1, 64}, {"1", 10, 65}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(n, err)
	}
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	for _, s := range []string{"3.25", "1e400", "-1e-400", "inf", "NaN", "0x1p-2", "1_0.5", ".", "1e", "5."} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, err := strconv.ParseFloat("3.4028235e39", 32)
	fmt.Println(f32, err)
	fmt.Println(strconv.Itoa(-99), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36), strconv.FormatUint(math.MaxUint64, 2))
	fmt.Println(strconv.FormatFloat(1.5, 'f', -1, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.1, 'e', 3, 32), strconv.FormatFloat(123.456, 'G', 4, 64), strconv.FormatFloat(-0.0, 'f', 2, 64))
	fmt.Println(strconv.Quote("hi\n\"there\"\t☺\x00"), strconv.QuoteToASCII("☺é"), strconv.QuoteRune('x'), strconv.QuoteRune('\n'))
	fmt.Println(strconv.FormatBool(true), strconv.AppendInt([]byte("n="), 42, 10), string(strconv.AppendQuote(nil, "q")))
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	b, err = strconv.ParseBool("yes")
	fmt.Println(b, err)
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.Unquote(`'ab'`)
	fmt.Printf("%q %v\n", s, err)
	fmt.Println(strconv.CanBackquote("a`b"), strconv.IsPrint('\u00a0'), strconv.IsPrint('é'))
}
