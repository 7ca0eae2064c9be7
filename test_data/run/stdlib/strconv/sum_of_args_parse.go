package main

import (
	"fmt"
	"strconv"
)

func parseAll(fields []string) (int, []error) {
	total := 0
	var errs []error
	for _, f := range fields {
		n, err := strconv.Atoi(f)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		total += n
	}
	return total, errs
}

func main() {
	total, errs := parseAll([]string{"10", "x", "20", "3e2", "-5"})
	fmt.Println(total, len(errs))
	for _, e := range errs {
		fmt.Println(e)
	}
	fmt.Println(strconv.Itoa(total) + "!")
}
