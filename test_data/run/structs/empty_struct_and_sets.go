package main

import "fmt"

type set map[string]struct{}

func (s set) add(k string) { s[k] = struct{}{} }

func (s set) has(k string) bool {
	_, ok := s[k]
	return ok
}

func main() {
	s := set{}
	s.add("x")
	s.add("y")
	s.add("x")
	fmt.Println(len(s), s.has("x"), s.has("z"))
	var e struct{}
	fmt.Println(e, []struct{}{{}, {}})
}
