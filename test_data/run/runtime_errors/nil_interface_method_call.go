package main

import "fmt"

type Speaker interface{ Speak() string }

func main() {
	var s Speaker
	fmt.Println("calling")
	fmt.Println(s.Speak())
}
