/**
 */
package org.pregon.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Language Strategy</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a post written in one or two languages becomes a publication on one account.
 * <!-- end-model-doc -->
 * @see org.pregon.model.PregonPackage#getLanguageStrategy()
 * @model
 * @generated
 */
public enum LanguageStrategy implements Enumerator {
	/**
	 * The '<em><b>BOTH IN ONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOTH_IN_ONE_VALUE
	 * @generated
	 * @ordered
	 */
	BOTH_IN_ONE(0, "BOTH_IN_ONE", "BOTH_IN_ONE"),

	/**
	 * The '<em><b>FIRST LANGUAGE ONLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_LANGUAGE_ONLY_VALUE
	 * @generated
	 * @ordered
	 */
	FIRST_LANGUAGE_ONLY(1, "FIRST_LANGUAGE_ONLY", "FIRST_LANGUAGE_ONLY"),

	/**
	 * The '<em><b>SECOND LANGUAGE ONLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECOND_LANGUAGE_ONLY_VALUE
	 * @generated
	 * @ordered
	 */
	SECOND_LANGUAGE_ONLY(2, "SECOND_LANGUAGE_ONLY", "SECOND_LANGUAGE_ONLY"),

	/**
	 * The '<em><b>SEPARATE POSTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEPARATE_POSTS_VALUE
	 * @generated
	 * @ordered
	 */
	SEPARATE_POSTS(3, "SEPARATE_POSTS", "SEPARATE_POSTS"),

	/**
	 * The '<em><b>THREAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THREAD_VALUE
	 * @generated
	 * @ordered
	 */
	THREAD(4, "THREAD", "THREAD");

	/**
	 * The '<em><b>BOTH IN ONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOTH_IN_ONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BOTH_IN_ONE_VALUE = 0;

	/**
	 * The '<em><b>FIRST LANGUAGE ONLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_LANGUAGE_ONLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIRST_LANGUAGE_ONLY_VALUE = 1;

	/**
	 * The '<em><b>SECOND LANGUAGE ONLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECOND_LANGUAGE_ONLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECOND_LANGUAGE_ONLY_VALUE = 2;

	/**
	 * The '<em><b>SEPARATE POSTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEPARATE_POSTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SEPARATE_POSTS_VALUE = 3;

	/**
	 * The '<em><b>THREAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THREAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int THREAD_VALUE = 4;

	/**
	 * An array of all the '<em><b>Language Strategy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LanguageStrategy[] VALUES_ARRAY =
		new LanguageStrategy[] {
			BOTH_IN_ONE,
			FIRST_LANGUAGE_ONLY,
			SECOND_LANGUAGE_ONLY,
			SEPARATE_POSTS,
			THREAD,
		};

	/**
	 * A public read-only list of all the '<em><b>Language Strategy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LanguageStrategy> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Language Strategy</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LanguageStrategy get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LanguageStrategy result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Language Strategy</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LanguageStrategy getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LanguageStrategy result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Language Strategy</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LanguageStrategy get(int value) {
		switch (value) {
			case BOTH_IN_ONE_VALUE: return BOTH_IN_ONE;
			case FIRST_LANGUAGE_ONLY_VALUE: return FIRST_LANGUAGE_ONLY;
			case SECOND_LANGUAGE_ONLY_VALUE: return SECOND_LANGUAGE_ONLY;
			case SEPARATE_POSTS_VALUE: return SEPARATE_POSTS;
			case THREAD_VALUE: return THREAD;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private LanguageStrategy(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //LanguageStrategy
