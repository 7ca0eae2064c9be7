package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

func lookup(m map[string]int, k string) (int, error) {
	v, ok := m[k]
	if !ok {
		return 0, NotFound{k}
	}
	if v < 0 {
		return 0, errors.New("negative value")
	}
	return v, nil
}

func main() {
	m := map[string]int{"a": 1, "b": -1}
	for _, k := range []string{"a", "b", "c"} {
		v, err := lookup(m, k)
		if err != nil {
			fmt.Println("error:", err)
			if nf, ok := err.(NotFound); ok {
				fmt.Println("  key was", nf.Key)
			}
			continue
		}
		fmt.Println("value:", v)
	}
}
