package main

import "fmt"

func sort(a []int) {
	for i := 0; i < len(a); i++ {
		for j := 0; j < len(a)-1-i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
			}
		}
	}
}

func main() {
	a := []int{5, 2, 9, -1, 0, 5, 3}
	sort(a)
	fmt.Println(a)
	words := []string{"pear", "apple", "fig"}
	for i := 1; i < len(words); i++ {
		for j := i; j > 0 && words[j] < words[j-1]; j-- {
			words[j], words[j-1] = words[j-1], words[j]
		}
	}
	fmt.Println(words)
}
