// golden: by hand — `?` is allowed in .go files too, where fail and errdefer stay ordinary identifiers
// (LANGUAGE.md, the dialect table).
package main

import (
	"fmt"
	"strconv"
)

func parseAll(ss []string) ([]int, error) {
	var out []int
	for _, s := range ss {
		out = append(out, strconv.Atoi(s)?)
	}
	return out, nil
}

func main() {
	fail := "fail is an identifier in Go"
	errdefer := 2
	fmt.Println(fail, errdefer)
	fmt.Println(parseAll([]string{"1", "22", "333"}))
	fmt.Println(parseAll([]string{"1", "zz"}))
}
