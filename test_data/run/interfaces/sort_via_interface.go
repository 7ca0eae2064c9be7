package main

import "fmt"

type Lesser interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func insertionSort(data Lesser) {
	for i := 1; i < data.Len(); i++ {
		for j := i; j > 0 && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type desc []int

func (s desc) Len() int           { return len(s) }
func (s desc) Less(i, j int) bool { return s[i] > s[j] }
func (s desc) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	words := byLen{"banana", "kiwi", "apple", "fig"}
	insertionSort(words)
	fmt.Println(words)
	nums := desc{3, 1, 4, 1, 5, 9, 2, 6}
	insertionSort(nums)
	fmt.Println(nums)
}
