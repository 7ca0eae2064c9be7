package main

import "fmt"

type stack struct{ items []int }

func (s *stack) pop() int {
	if len(s.items) == 0 {
		panic("pop from empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func drain(s *stack, n int) int {
	sum := 0
	for i := 0; i < n; i++ {
		sum += s.pop()
	}
	return sum
}

func main() {
	s := &stack{items: []int{1, 2, 3}}
	fmt.Println(drain(s, 2))
	fmt.Println(drain(s, 2))
}
