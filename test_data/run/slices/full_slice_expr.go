package main

import "fmt"

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:3:5]
	fmt.Println(s, len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(s)
	t := s[1:2:2]
	t = append(t, 100)
	fmt.Println(arr, t)
	str := "abcdef"
	fmt.Println(str[2:], str[:2], str[1:4])
}
