package main

import "fmt"

func words(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

func main() {
	text := "the cat and the dog and the bird\nthe end"
	counts := map[string]int{}
	for _, w := range words(text) {
		counts[w]++
	}
	fmt.Println(counts)
	best, bestN := "", 0
	for w, n := range counts {
		if n > bestN || (n == bestN && w < best) {
			best, bestN = w, n
		}
	}
	fmt.Println(best, bestN)
}
