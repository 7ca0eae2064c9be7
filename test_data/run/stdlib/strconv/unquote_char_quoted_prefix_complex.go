package main

import (
	"fmt"
	"strconv"
)

func main() {
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9xyz`, '"')
	fmt.Println(v, mb, tail, err)
	v, mb, tail, err = strconv.UnquoteChar(`\q`, '"')
	fmt.Println(v, mb, tail, err)
	p, err := strconv.QuotedPrefix(`"hello\"" world`)
	fmt.Println(p, err)
	p, err = strconv.QuotedPrefix("`raw` x")
	fmt.Println(p, err)
	p, err = strconv.QuotedPrefix("nope")
	fmt.Println(p, err)
	fmt.Println(strconv.FormatComplex(complex(1.5, -2), 'f', 2, 128), strconv.FormatComplex(complex(0, 3), 'g', -1, 64))
}
