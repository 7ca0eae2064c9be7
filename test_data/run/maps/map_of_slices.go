package main

import "fmt"

func main() {
	groups := map[string][]string{}
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry"}
	for _, w := range words {
		k := w[:1]
		groups[k] = append(groups[k], w)
	}
	fmt.Println(len(groups), groups["a"], groups["b"], groups["c"])
	fmt.Println(groups)
	nested := map[string]map[string]int{}
	if nested["x"] == nil {
		nested["x"] = map[string]int{}
	}
	nested["x"]["y"] = 5
	fmt.Println(nested)
}
